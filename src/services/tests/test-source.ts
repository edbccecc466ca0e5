/**
 * Where a project's test figures come from (DESIGN.md section 4b), chosen by its settings: Jira alone
 * (requirement coverage from the test links; no runs) or Xray Cloud (coverage statuses and test runs
 * through the project's saved API key). One release's figures either way.
 */
import { executionProgress, requirementCoverage, uatPassRate, type ExecutionProgress, type RequirementCoverage, type UatPassRate } from '../../domain/tests';
import type { MetricsSettings } from '../../domain/metrics/settings';
import type { XrayClient, XrayFetch } from '../../xray/client';
import { userMetricsJira, type MetricsJira } from '../metrics/metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from '../metrics/ports';
import { jiraRequirementCoverage } from './jira-requirement-coverage';
import { forgeSecretStore, xrayClientFor, type SecretStore } from './xray-connection';
import { ScopeSearches, xrayReleaseExecutions, xrayRequirementCoverage, type ReleaseScope } from './xray-test-source';

export type TestSourceClient = { kind: 'jira' } | { kind: 'xray'; client: XrayClient };

/** What the test figures' services depend on, with the real Forge adapters as defaults. */
export interface TestFiguresDeps {
  jira: MetricsJira;
  /** Kept releases, and Xray's answers for a few minutes (Forge storage). */
  store: KeyValueStore;
  clock: Clock;
  /** The project's Xray API key and token (Forge secret storage). */
  secrets: SecretStore;
  /** Test-only: how Xray is reached (the runtime's fetch by default). */
  xrayFetch?: XrayFetch;
}

export function testFiguresDeps(partial: Partial<TestFiguresDeps>): TestFiguresDeps {
  return {
    jira: partial.jira ?? userMetricsJira(),
    store: partial.store ?? forgeKeyValueStore(),
    clock: partial.clock ?? systemClock,
    secrets: partial.secrets ?? forgeSecretStore(),
    xrayFetch: partial.xrayFetch,
  };
}

export async function testSourceOf(projectKey: string, settings: MetricsSettings, deps: Pick<TestFiguresDeps, 'secrets' | 'clock' | 'store' | 'xrayFetch'>): Promise<TestSourceClient> {
  if (settings.tests.source === 'jira') return { kind: 'jira' };
  return { kind: 'xray', client: await xrayClientFor(deps.secrets, projectKey, deps.clock, deps.xrayFetch, deps.store) };
}

export interface ReleaseTestFigures {
  requirementCoverage: RequirementCoverage;
  /** null without test runs (Jira alone). */
  executionProgress: ExecutionProgress | null;
  uatPassRate: UatPassRate | null;
}

/** Which figures a release needs: coverage alone for the Test coverage gaps probe, runs for the rest. */
export interface FiguresWanted {
  coverage: boolean;
  runs: boolean;
}

export async function releaseTestFigures(
  jira: MetricsJira, source: TestSourceClient, scope: ReleaseScope, settings: MetricsSettings, wanted: FiguresWanted = { coverage: true, runs: true },
  searches = new ScopeSearches(jira),
): Promise<ReleaseTestFigures> {
  if (source.kind === 'jira') {
    return {
      requirementCoverage: wanted.coverage ? await jiraRequirementCoverage(jira, scope, settings) : requirementCoverage([]),
      executionProgress: null,
      uatPassRate: null,
    };
  }
  const [coverage, executions] = await Promise.all([
    wanted.coverage ? xrayRequirementCoverage(searches, source.client, scope, settings) : Promise.resolve(requirementCoverage([])),
    wanted.runs ? xrayReleaseExecutions(searches, source.client, scope, settings) : Promise.resolve(null),
  ]);
  return {
    requirementCoverage: coverage,
    executionProgress: executions === null ? null : executionProgress(executions.flatMap((e) => e.runs)),
    uatPassRate: executions === null ? null : uatPassRate(executions, settings.tests.uatEnvironment),
  };
}

export const xrayCallsOf = (source: TestSourceClient): number => (source.kind === 'xray' ? source.client.calls : 0);
