/** Entry of the issue panel's Custom UI bundle (built by scripts/build-static.mjs into static/panel/build). */
import { mountApp } from '../../shared/src/mount-app';
import { PanelApp, POSTMORTEM_PAYLOAD, preloadPanel } from './panel-app';
import { startInvoke } from '../../shared/src/use-invoke';
import './panel.css';

// The post-mortem is read while the rest of the code loads and the Forge context is asked for: the
// resolver takes the incident from the context Forge gives it, not from anything the frame sends.
startInvoke('getPostmortem', POSTMORTEM_PAYLOAD);
preloadPanel();
mountApp(<PanelApp />);
