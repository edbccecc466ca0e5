/**
 * The Jira Cloud emulator: an in-memory Jira with REST v3's shapes, per-user permissions, workflow with
 * changelog, entity properties, JQL search, and switchable faults, for `npm start` and every
 * integration and browser test. Mount `router` at '/'.
 */
import type { Router } from 'express';
import type { ChangeFeed } from './change-feed';
import { FaultInjector, type FaultRule } from './faults';
import type { ImportBody } from './import-format';
import { importIssues } from './import';
import { RequestLog, type RequestLogEntry } from './request-log';
import { RateLimiter } from './rate-limits';
import { createEmulatorRouter } from './router';
import { SearchEngine } from './search';
import { indexedStore } from './search-index';
import { baseSite, seedIssues, type SeedName } from './seeds';
import { EmulatorState } from './store';
import type { PropertyIndexValue } from './model';
import { SandboxSettings } from '../config';

export type { FaultRule } from './faults';
export type { RequestLogEntry } from './request-log';
export type { SeedName } from './seeds';
export type { ImportBody, ImportIssue } from './import-format';
export { EmulatorState } from './store';
export type { EmIssue, PropertyIndexValue, PropertyValueType } from './model';
export { APP_REQUEST_HEADER, ChangeFeed, type ChangeOrigin, type EmulatorChange } from './change-feed';

export interface JiraEmulatorOptions {
  seed?: SeedName;
  /** The emulator's clock (default: the real one); the demo seed and every write use it. */
  now?: () => Date;
  /** The platform rules' timings and budgets (shared with the Forge host). */
  settings?: SandboxSettings;
  /**
   * The issue property paths the installed app indexes (its manifest's `jira:entityProperty`
   * modules): JQL can search a property through these paths only.
   */
  propertyIndex?: readonly PropertyIndexValue[];
}

export interface JiraEmulator {
  /** Handles /rest/api/3/** and /__sandbox/**; mount at '/'. */
  router: Router;
  store: EmulatorState;
  /** Replaces all data with the seed's, and clears faults and the request log. */
  reset(seed: SeedName): void;
  /** All or nothing; a problem throws a JiraHttpError (400) naming issue index and field. */
  importIssues(body: ImportBody): { keys: string[] };
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  /** Resolves once every request delayed by a fault has been carried out (a caller that gave up does not stop it). */
  faultsSettled(): Promise<void>;
  /** How many requests a fault is delaying now. */
  faultsDelaying(): number;
  /** Every /rest/ call so far, oldest first. */
  requests: RequestLogEntry[];
  /** Issue edits, transitions and new links made through /rest/, as they happen (survives reset). */
  changes: ChangeFeed;
  /** The app's rate-limit points and buckets (reset with the data). */
  limits: RateLimiter;
  settings: SandboxSettings;
  /**
   * The ids of the issues a JQL query returns to `viewer` (account id), by the same rules as search
   * (index lag, browse permission, unbounded queries refused); a bad query throws a JiraHttpError.
   * For services that run JQL through Jira on their user's behalf (Xray Cloud's emulator).
   */
  issueIdsMatching(viewer: string, jql: string): string[];
}

export function createJiraEmulator(options: JiraEmulatorOptions = {}): JiraEmulator {
  const clock = options.now ?? (() => new Date());
  const settings = options.settings ?? new SandboxSettings();
  const state = new EmulatorState(clock, baseSite(clock()), settings);
  state.setPropertyIndex(options.propertyIndex ?? []);
  const search = new SearchEngine();
  const faults = new FaultInjector();
  const log = new RequestLog();
  const limits = new RateLimiter(settings);

  const reset = (seed: SeedName): void => {
    const now = clock();
    state.load(baseSite(now));
    search.clear();
    faults.clear();
    log.clear();
    limits.reset();
    importIssues(state, { issues: seedIssues(seed, now) });
  };
  const doImport = (body: ImportBody) => {
    const result = importIssues(state, body);
    search.clear();
    return result;
  };

  reset(options.seed ?? 'demo');
  const controls = {
    state,
    reset,
    importIssues: doImport,
    setFaults: (rules: FaultRule[]) => faults.set(rules),
    clearFaults: () => faults.clear(),
    faultsSettled: () => faults.settled(),
    faultsDelaying: () => faults.delaying,
    requests: log.entries,
    clearRequests: () => log.clear(),
    settings,
    limits,
  };
  return {
    router: createEmulatorRouter({ state, search, faults, log, limits, controls }),
    store: state,
    reset,
    importIssues: doImport,
    setFaults: controls.setFaults,
    clearFaults: controls.clearFaults,
    faultsSettled: controls.faultsSettled,
    faultsDelaying: controls.faultsDelaying,
    requests: log.entries,
    changes: state.changes,
    limits,
    settings,
    issueIdsMatching: (viewer, jql) => search.evaluate({ state, base: '', viewer }, jql, indexedStore(state, new Set())),
  };
}
