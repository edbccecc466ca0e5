/**
 * The sandbox's own controls, outside Jira's API: reset to a seed, import issues, switch faults on and
 * off, read and clear the request log, and the offline icons.
 */
import { Router } from 'express';
import type { ImportBody } from '../import-format';
import type { FaultRule } from '../faults';
import type { RequestLogEntry } from '../request-log';
import type { EmulatorState } from '../store';
import type { SandboxSettings } from '../../config';
import type { RateLimiter } from '../rate-limits';
import { badRequest } from '../http-error';
import { iconSvg } from '../icons';
import { isSeedName, SEED_NAMES, type SeedName } from '../seeds';
import { param } from './route-context';

export interface SandboxControls {
  state: EmulatorState;
  reset(seed: SeedName): void;
  importIssues(body: ImportBody): { keys: string[] };
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  requests: RequestLogEntry[];
  clearRequests(): void;
  settings: SandboxSettings;
  limits: RateLimiter;
}

export function sandboxRoutes(controls: SandboxControls): Router {
  const router = Router();

  router.post('/reset', (req, res) => {
    const seed = (req.body as { seed?: unknown } | undefined)?.seed ?? 'demo';
    if (!isSeedName(seed)) throw badRequest(`'seed' must be one of ${SEED_NAMES.join(', ')}.`);
    controls.reset(seed);
    res.json({ seed, issues: controls.state.issues().length });
  });

  router.post('/import', (req, res) => {
    res.status(201).json(controls.importIssues(req.body as ImportBody));
  });

  router.post('/faults', (req, res) => {
    const rules = (req.body as { rules?: unknown } | undefined)?.rules;
    controls.setFaults(rules as FaultRule[]);
    res.status(204).end();
  });

  router.delete('/faults', (_req, res) => {
    controls.clearFaults();
    res.status(204).end();
  });

  // The platform rules' timings and budgets: GET shows them, POST changes the ones named.
  router.get('/config', (_req, res) => {
    res.json({ ...controls.settings.get(), indexPending: controls.state.searchIndex.pending(), points: controls.limits.usage() });
  });

  router.post('/config', (req, res) => {
    res.json(controls.settings.update(req.body));
  });

  router.get('/requests', (_req, res) => {
    res.json(controls.requests);
  });

  router.delete('/requests', (_req, res) => {
    controls.clearRequests();
    res.status(204).end();
  });

  router.get('/icons/:kind/:file', (req, res) => {
    const file = param(req, 'file');
    if (!file.endsWith('.svg')) throw badRequest('Icons are served as .svg');
    res.type('image/svg+xml').setHeader('Cache-Control', 'max-age=3600');
    res.send(iconSvg(controls.state, param(req, 'kind'), decodeURIComponent(file.slice(0, -'.svg'.length))));
  });

  return router;
}
