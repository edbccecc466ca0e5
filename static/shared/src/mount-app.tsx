/**
 * Starts a Custom UI app: Atlaskit's CSS reset, the design-token theme, a frame that follows its
 * content's height, and the app's root component rendered in StrictMode, at Jira's 14px body size.
 */
import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/**
 * Design tokens are CSS variables a theme defines. Jira themes the frame once asked to
 * (view.theme.enable); a host that does not (a local host, an older one) gets Atlassian's light
 * theme from the bundle, so spacing, type and colour never fall back to nothing.
 */
async function applyTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // no host theming: fall through to the bundled theme
  }
  if (document.documentElement.hasAttribute('data-theme')) return;
  await setGlobalTheme({ light: 'light', dark: 'dark', colorMode: 'light', spacing: 'spacing', shape: 'shape', typography: 'typography' });
}

/**
 * Custom UI frames are sized to their content (the host measures the body), but Atlaskit's CSS
 * reset makes html and body 100% high, so the body is never shorter than the frame and a frame
 * never shrinks. Inline styles win over any stylesheet, whatever order the bundle's CSS loads in.
 */
export function fitFrameToContent(doc: Document = document): void {
  doc.documentElement.style.height = 'auto';
  doc.body.style.height = 'auto';
}

export function mountApp(app: ReactNode, elementId = 'root'): void {
  const element = document.getElementById(elementId);
  if (!element) throw new Error(`No #${elementId} element to render the app into`);
  fitFrameToContent();
  applyTheme().catch(() => undefined);
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
