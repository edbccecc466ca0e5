/**
 * What every renderer needs: the state, the base URL for Jira's `self` links (taken from the request,
 * so links point back at this emulator) and the viewer (links to issues they cannot see are hidden).
 */
import type { EmulatorState } from '../store';

export interface RenderContext {
  state: EmulatorState;
  /** e.g. http://localhost:3000, no trailing slash */
  base: string;
  viewer: string | null;
  /** The viewer's time zone: Jira writes date-times in it. */
  timeZone?: string;
}

export const apiUrl = (ctx: RenderContext, path: string): string => `${ctx.base}/rest/api/3${path}`;

/** Icons and avatars are served by the emulator itself so the sandbox works offline. */
export const iconUrl = (ctx: RenderContext, kind: string, id: string): string =>
  `${ctx.base}/__sandbox/icons/${kind}/${encodeURIComponent(id)}.svg`;
