/** What each route module gets: the state and engines, and how to build a RenderContext for a request. */
import type { Request, Response } from 'express';
import type { EmulatorState } from '../store';
import type { SearchEngine } from '../search';
import type { RenderContext } from '../render/context';
import { viewerOf } from '../auth';

export interface RouteDeps {
  state: EmulatorState;
  search: SearchEngine;
}

/** The base URL the client used to reach us, for Jira's `self` links. */
export function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function renderContext(deps: RouteDeps, req: Request, res: Response): RenderContext {
  const viewer = viewerOf(res);
  return { state: deps.state, base: baseUrl(req), viewer: viewer.accountId, timeZone: viewer.timeZone };
}

/** Express 5 keeps route params as strings; this reads one that the path guarantees. */
export function param(req: Request, name: string): string {
  const value = req.params[name];
  return Array.isArray(value) ? value.join('/') : String(value);
}
