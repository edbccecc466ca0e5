/**
 * The gadget's test-management figures (DESIGN.md section 4b) for a project's release and the three
 * before it, as the viewer. From Xray Cloud: requirement coverage, test execution progress and the
 * UAT pass rate. From Jira alone: requirement coverage only; the run figures need test runs, which
 * only a test-management source knows, and are answered as needing one, never as 0 %.
 */
import { AppError, issueNotFound } from '../../errors';
import type { ReleaseVersion } from '../../domain/metrics';
import type { MetricsSettings } from '../../domain/metrics/settings';
import type { TestMetricsResult, TargetedRate } from '../../contracts/metrics';
import { executionProgress, requirementCoverage, testPlansJql, uatPassRate, XRAY_TEST_PLAN_TYPE } from '../../domain/tests';
import { isNotFound, releaseVersionOf, TEST_PLAN_FIELDS, testPlanIssueOf, type TestPlanIssue } from '../../jira';
import { loadSettingsForMetrics } from '../settings/settings-store';
import type { MetricsJira } from '../metrics/metrics-jira';
import { releaseTestFigures, testFiguresDeps, testSourceOf, xrayCallsOf, type TestFiguresDeps, type TestSourceClient } from './test-source';
import { ScopeSearches, xrayTestPlanFigures } from './xray-test-source';

export interface TestMetricsQuery {
  projectKey: string;
  release?: string;
  component?: string;
  /** An Xray test plan's key. */
  testPlan?: string;
}

/** Releases in the trend: the one asked for and the three before it. */
const TREND_RELEASES = 4;
/** Versions read newest first to find them (a page; a second only for an old release). */
const VERSION_PAGE = 50;

/** A rate against a target to reach or exceed. */
export function againstTarget(rate: number | null, target: number): TargetedRate {
  return { rate, target, met: rate === null ? null : rate >= target };
}

/** Where the release asked for (else the latest released) stands among versions newest first; -1 when absent. */
function chosenIndex(newestFirst: readonly ReleaseVersion[], release: string | undefined): number {
  return newestFirst.findIndex((v) => (release === undefined ? v.released : v.name === release));
}

/** The releases before the one at `at`: released ones with a date (an overdue unreleased version is not one). */
function releasedBefore(newestFirst: readonly ReleaseVersion[], at: number): ReleaseVersion[] {
  return newestFirst.slice(at + 1).filter((v) => v.released && v.releaseDate !== null);
}

/** The release asked for (else the latest released) and the ones before it, oldest first. */
async function trendReleases(jira: MetricsJira, projectKey: string, release: string | undefined): Promise<ReleaseVersion[]> {
  const newestFirst: ReleaseVersion[] = [];
  for await (const page of jira.client.projectVersionPages(projectKey, { orderBy: '-releaseDate', maxResults: VERSION_PAGE })) {
    newestFirst.push(...page.map(releaseVersionOf));
    const at = chosenIndex(newestFirst, release);
    if (at >= 0 && releasedBefore(newestFirst, at).length >= TREND_RELEASES - 1) break;
  }
  const at = chosenIndex(newestFirst, release);
  if (at < 0) {
    if (release === undefined) return [];
    throw new AppError('VALIDATION', `${projectKey} has no version named "${release}". Choose one of its releases.`);
  }
  return [newestFirst[at], ...releasedBefore(newestFirst, at).slice(0, TREND_RELEASES - 1)].reverse();
}

const TEST_PLANS_LISTED = 20;

/** The test plan asked for, read as the viewer: one of this project's issues of Xray's test plan type. */
async function testPlanOf(jira: MetricsJira, projectKey: string, key: string, source: TestSourceClient): Promise<TestPlanIssue> {
  if (source.kind !== 'xray') {
    throw new AppError('VALIDATION', `Test plans are Xray Cloud's, and ${projectKey} reads its tests from Jira's own issues: its figures are per release.`);
  }
  let plan: TestPlanIssue;
  try {
    plan = testPlanIssueOf(await jira.client.getIssue(key, { fields: [...TEST_PLAN_FIELDS] }));
  } catch (error) {
    if (isNotFound(error)) throw issueNotFound(key);
    throw error;
  }
  if (plan.projectKey !== projectKey || plan.issueType.toLowerCase() !== XRAY_TEST_PLAN_TYPE.toLowerCase()) {
    throw new AppError('VALIDATION', `${key} is not a test plan of ${projectKey} (an issue of Xray's "${XRAY_TEST_PLAN_TYPE}" type). Choose one of its test plans.`);
  }
  return plan;
}

/** The project's test plans to choose from, newest first. */
async function testPlansOf(jira: MetricsJira, projectKey: string): Promise<TestMetricsResult['testPlans']> {
  const page = await jira.client.searchJqlPages({ jql: testPlansJql(projectKey), fields: [...TEST_PLAN_FIELDS], maxResults: TEST_PLANS_LISTED })[Symbol.asyncIterator]().next();
  return (page.done ? [] : page.value).map(testPlanIssueOf).map((p) => ({ key: p.key, summary: p.summary, release: p.releases[0] ?? null }));
}

export async function getTestMetrics(query: TestMetricsQuery, partialDeps: Partial<TestFiguresDeps> = {}): Promise<TestMetricsResult> {
  const deps = testFiguresDeps(partialDeps);
  const { jira } = deps;
  const callsBefore = jira.calls;
  const computedAt = deps.clock().toISOString();
  const settings: MetricsSettings = await loadSettingsForMetrics(jira.client, query.projectKey);
  const source = await testSourceOf(query.projectKey, settings, deps);
  const plan = query.testPlan === undefined ? null : await testPlanOf(jira, query.projectKey, query.testPlan, source);
  const releases = await trendReleases(jira, query.projectKey, plan ? plan.releases[0] : query.release);
  const components = query.component ? [query.component] : [];
  const searches = new ScopeSearches(jira);
  const [trend, planFigures, testPlans] = await Promise.all([
    Promise.all(releases.map(async (version) => ({
      release: version.name,
      released: version.released,
      ...(await releaseTestFigures(jira, source, { projectKey: query.projectKey, release: version.name, components }, settings, undefined, searches)),
    }))),
    plan && source.kind === 'xray' ? xrayTestPlanFigures(searches, source.client, plan, { projectKey: query.projectKey, components }, settings) : Promise.resolve(null),
    source.kind === 'xray' ? testPlansOf(jira, query.projectKey) : Promise.resolve([]),
  ]);
  const latest = planFigures ? { ...planFigures, release: plan?.releases[0] ?? null } : trend.at(-1);
  // No release yet: no requirement is in one, so no data.
  const coverage = latest?.requirementCoverage ?? requirementCoverage([]);
  const { targets } = settings.tests;
  const hasRuns = source.kind === 'xray';
  const progress = latest?.executionProgress ?? null;
  const uat = latest?.uatPassRate ?? null;
  return {
    projectKey: query.projectKey,
    component: query.component ?? null,
    source: settings.tests.source,
    uatEnvironment: settings.tests.uatEnvironment,
    release: latest?.release ?? null,
    testPlan: plan ? { key: plan.key, summary: plan.summary } : null,
    testPlans,
    requirementCoverage: { ...coverage, target: againstTarget(coverage.rate, targets.requirementCoverage) },
    executionProgress: hasRuns
      ? { ...(progress ?? executionProgress([])), target: againstTarget(progress?.rate ?? null, targets.executionProgress) }
      : null,
    uatPassRate: hasRuns
      ? { ...(uat ?? uatPassRate([], settings.tests.uatEnvironment)), target: againstTarget(uat?.rate ?? null, targets.uatPassRate) }
      : null,
    trend,
    needsTestManagement: hasRuns ? [] : ['executionProgress', 'uatPassRate'],
    targets,
    computedAt,
    jiraCalls: jira.calls - callsBefore,
    xrayCalls: xrayCallsOf(source),
  };
}
