/**
 * Entry point of the issue context's Custom UI bundle (jira:issueContext on incidents). The panel is
 * collapsed until the person expands it, so the app (React, Atlaskit, its status read) loads only
 * once it is shown: a collapsed panel costs the issue view, and the post-mortem panel loading beside
 * it in the same thread, no script work and no invocation.
 */
import { whenShown } from '../../shared/src/when-shown';

const root = document.getElementById('root');
void (root ? whenShown(root) : Promise.resolve())
  .then(() => import('./start'))
  .then(({ start }) => start());
