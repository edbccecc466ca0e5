/** Entry of the issue panel's Custom UI bundle (built by scripts/build-static.mjs into static/panel/build). */
import { mountApp } from '../../shared/src/mount-app';
import { PanelApp, POSTMORTEM_PAYLOAD, preloadPanel } from './panel-app';
import { resolveTimeZone, todayInZone } from './model/zoned-time';
import { startInvoke } from '../../shared/src/use-invoke';
import { getForgeContext } from '../../shared/src/forge-context';
import './panel.css';

// The post-mortem is read while the rest of the code loads and the Forge context is asked for: the
// resolver takes the incident from the context Forge gives it, not from anything the frame sends.
// Both are asked for before React mounts (the context is asked once per page and shared), and the
// stage the panel opens on is fetched as soon as the post-mortem is in.
const postmortem = startInvoke('getPostmortem', POSTMORTEM_PAYLOAD);
getForgeContext().catch(() => undefined);
preloadPanel(postmortem);
mountApp(<PanelApp />);
// The browser loads its time-zone data on the first Intl date format with a zone, 50 to 90 ms of the
// main thread in traces here; the panel needs it to render (today's date, times in the viewer's zone). Done now,
// while the post-mortem and the code are on their way, rather than once they have arrived.
setTimeout(() => todayInZone(new Date(), resolveTimeZone()), 0);
