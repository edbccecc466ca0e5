/**
 * One Custom UI iframe on a host page: the app's built resource served with the bridge shim, and
 * the Forge context (built on the server, the same one the resolver receives) in `data-context`
 * for the page's host bridge to answer `view.getContext()` with. Its path is in `data-src`: the host
 * bridge loads it from another site than the page's (resourceOrigin in host-bridge.ts), as Jira
 * shows Custom UI from Atlassian's CDN, never from the site's own origin.
 */
import { html, type Html } from './html';

let frameCounter = 0;

export interface FrameSpec {
  resourceKey: string;
  context: { moduleKey: string; extension: Record<string, unknown> };
  title: string;
  entry?: 'view' | 'edit';
  /** The viewer's colour mode, which view.theme.enable() applies in the frame. */
  theme?: 'light' | 'dark';
}

export function forgeFrame(spec: FrameSpec): Html {
  frameCounter += 1;
  const frameId = `forge-frame-${frameCounter}`;
  const path = `/__forge/resources/${encodeURIComponent(spec.resourceKey)}/index.html?frame=${frameId}&entry=${spec.entry ?? 'view'}&theme=${spec.theme ?? 'light'}`;
  // The page's host bridge gives the frame its src on the resources' own origin (host-bridge.ts).
  return html`<iframe class="forge-frame" title="${spec.title}" data-frame-id="${frameId}" data-module-key="${spec.context.moduleKey}"
    data-context="${JSON.stringify(spec.context)}" data-src="${path}"></iframe>`;
}
