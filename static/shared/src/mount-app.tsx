/**
 * Starts a Custom UI app under Forge's Content Security Policy: zod without code generation,
 * emotion's styles in a constructed stylesheet (emotion-cache.ts), Atlaskit's CSS reset, the design-token theme Jira provides, a frame that follows its content's
 * height, and the app's root component rendered in StrictMode, at Jira's 14px body size.
 */
import './forge-csp';
import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { CacheProvider } from '@emotion/react';
import { constructedSheetCache } from './emotion-cache';

/**
 * Design tokens are CSS variables a theme defines: Jira themes the frame, light or dark as the user
 * chose, once asked to (view.theme.enable). The app brings no theme of its own: Atlaskit's
 * setGlobalTheme injects <style> elements, which Forge's policy (no inline styles) refuses.
 * https://developer.atlassian.com/platform/forge/design-tokens-and-theming/
 */
async function applyTheme(): Promise<void> {
  await view.theme.enable();
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
  createRoot(element).render(<StrictMode><CacheProvider value={constructedSheetCache()}>{app}</CacheProvider></StrictMode>);
}
