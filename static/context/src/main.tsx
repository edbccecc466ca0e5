/**
 * Entry point of the issue context's Custom UI bundle (jira:issueContext on incidents). The panel is
 * collapsed until the person expands it, so the app (React, Atlaskit, its status read) starts once it
 * is shown, or a few seconds after the issue view has loaded when it is not: a collapsed panel never
 * competes with the issue view and the post-mortem panel for the thread while they load.
 */
import { whenShown } from '../../shared/src/when-shown';
import './starting.css';

/** How long after the page's load a collapsed panel's app waits before it starts anyway. */
const START_WHEN_HIDDEN_MS = 3000;

const root = document.getElementById('root');
void (root ? whenShown(root, START_WHEN_HIDDEN_MS) : Promise.resolve())
  .then(() => import('./start'))
  .then(({ start }) => start())
  // The app's code is fetched only now: if that fails (the network went away), say so in place of
  // the starting line rather than leave it there.
  .catch(() => {
    const line = root?.querySelector('.starting');
    if (line) line.textContent = 'The post-mortem status could not be loaded. Reload the page to try again.';
  });
