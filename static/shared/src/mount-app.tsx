/**
 * Starts a Custom UI app: Atlaskit's CSS reset, Jira's theme when the host provides it, and the
 * app's root component rendered in StrictMode, at Jira's 14px body size.
 */
import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';

export function mountApp(app: ReactNode, elementId = 'root'): void {
  const element = document.getElementById(elementId);
  if (!element) throw new Error(`No #${elementId} element to render the app into`);
  // Jira supplies its light or dark theme to the tokens; without a host theme the tokens' fallbacks apply.
  view.theme.enable().catch(() => undefined);
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
