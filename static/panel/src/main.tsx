/** Entry of the issue panel's Custom UI bundle (built by scripts/build-static.mjs into static/panel/build). */
import { mountApp } from '../../shared/src/mount-app';
import { PanelApp, preloadPanel } from './panel-app';
import './panel.css';

preloadPanel();
mountApp(<PanelApp />);
