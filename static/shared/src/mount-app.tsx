/**
 * Starts a Custom UI app: Atlaskit's CSS reset, the design-token theme, and the app's root
 * component rendered in StrictMode, at Jira's 14px body size.
 */
import '@atlaskit/css-reset';
import './app-base.css';
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

export function mountApp(app: ReactNode, elementId = 'root'): void {
  const element = document.getElementById(elementId);
  if (!element) throw new Error(`No #${elementId} element to render the app into`);
  applyTheme().catch(() => undefined);
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
