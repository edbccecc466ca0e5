/**
 * One Custom UI iframe on a host page: the app's built resource served with the bridge shim, and
 * the Forge context (built on the server, the same one the resolver receives) in `data-context`
 * for the page's host bridge to answer `view.getContext()` with.
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
  const src = `/__forge/resources/${encodeURIComponent(spec.resourceKey)}/index.html?frame=${frameId}&entry=${spec.entry ?? 'view'}&theme=${spec.theme ?? 'light'}`;
  return html`<iframe class="forge-frame" title="${spec.title}" data-frame-id="${frameId}" data-module-key="${spec.context.moduleKey}"
    data-context="${JSON.stringify(spec.context)}" src="${src}"></iframe>`;
}
