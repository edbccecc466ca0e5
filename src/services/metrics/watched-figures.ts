/**
 * What a Metric monitoring action item's follow-through shows: the figure it watches since the
 * incident was raised, as the viewer. A test figure (requirement coverage, execution progress, UAT
 * pass rate) per release released since, at most the three latest, from the project's test source;
 * a defect rate (leakage, reopen) of the project's defects created from that day to today, through
 * the gadget's own computation and cache. Whether that meets the item's target is the panel's to say
 * (the target is the item's).
 */
import type { WatchedFigureValues, WatchedFiguresResult } from '../../contracts/metrics';
import { calendarDayIn, earliestPeriodStart } from '../../domain/metrics';
import type { WatchedFigure } from '../../domain/postmortem/vocabulary';
import { releaseVersionOf } from '../../jira';
import { releaseTestFigures, testFiguresDeps, testSourceOf, xrayCallsOf, type ReleaseTestFigures, type TestFiguresDeps } from '../tests/test-source';
import { readIncidentScope } from './incident-metrics-service';
import type { MetricsJira } from './metrics-jira';
import { getProjectMetrics } from './metrics-service';

const RELEASES_SHOWN = 3;
const VERSION_PAGE = 50;

const TEST_FIGURES: ReadonlySet<WatchedFigure> = new Set(['requirementCoverage', 'executionProgress', 'uatPassRate']);

/** The project's releases released on or after `since`, oldest first, the latest three. */
async function releasesSince(jira: MetricsJira, projectKey: string, since: string): Promise<string[]> {
  const names: string[] = [];
  for await (const page of jira.client.projectVersionPages(projectKey, { orderBy: '-releaseDate', maxResults: VERSION_PAGE, status: ['released'] })) {
    const versions = page.map(releaseVersionOf);
    for (const version of versions) {
      if (version.released && version.releaseDate !== null && version.releaseDate >= since) names.push(version.name);
    }
    // Newest first: once a page reaches a release before `since`, no later page has one after it.
    if (names.length >= RELEASES_SHOWN || versions.some((v) => v.releaseDate !== null && v.releaseDate < since)) break;
  }
  return names.slice(0, RELEASES_SHOWN).reverse();
}

function rateOf(figure: WatchedFigure, figures: ReleaseTestFigures): number | null {
  switch (figure) {
    case 'requirementCoverage': return figures.requirementCoverage.rate;
    case 'executionProgress': return figures.executionProgress?.rate ?? null;
    default: return figures.uatPassRate?.rate ?? null;
  }
}

export async function getWatchedFigures(
  incidentKey: string, figures: readonly WatchedFigure[], viewer: { accountId: string; timeZone?: string }, partialDeps: Partial<TestFiguresDeps> = {},
): Promise<WatchedFiguresResult> {
  const deps = testFiguresDeps(partialDeps);
  const { jira, store, clock } = deps;
  const callsBefore = jira.calls;
  const now = clock();
  const { incident, projectKey, settings } = await readIncidentScope(jira, incidentKey);
  const timeZone = viewer.timeZone ?? 'UTC';
  const today = calendarDayIn(now, timeZone);
  const since = incident.created ? calendarDayIn(new Date(incident.created), timeZone) : today;

  const testWanted = figures.filter((f) => TEST_FIGURES.has(f));
  const source = testWanted.length > 0 ? await testSourceOf(projectKey, settings, deps) : null;
  const releases = source ? await releasesSince(jira, projectKey, since) : [];
  const wantsRuns = source?.kind === 'xray' && testWanted.some((f) => f !== 'requirementCoverage');
  const perRelease = source
    ? await Promise.all(releases.map((release) => releaseTestFigures(jira, source, { projectKey, release, components: [] }, settings, {
      coverage: testWanted.includes('requirementCoverage'), runs: wantsRuns,
    })))
    : [];
  const defects = figures.some((f) => !TEST_FIGURES.has(f))
    ? await getProjectMetrics({ projectKey, from: since < earliestPeriodStart(today) ? earliestPeriodStart(today) : since, to: today, groupBy: 'month', accountId: viewer.accountId, timeZone }, { jira, store, clock })
    : null;

  const values = figures.map((figure): WatchedFigureValues => {
    if (TEST_FIGURES.has(figure)) {
      if (figure !== 'requirementCoverage' && source?.kind !== 'xray') {
        return { figure, releases: [], period: null, note: 'Needs test runs: this project reads its tests from Jira’s own issues, not from Xray Cloud.' };
      }
      return {
        figure,
        releases: releases.map((release, i) => ({ release, rate: rateOf(figure, perRelease[i]) })),
        period: null,
        note: releases.length === 0 ? `No release of ${projectKey} has been released since ${since}.` : null,
      };
    }
    const rate = figure === 'leakageRate' ? defects?.leakage.rate ?? null : defects?.reopen.rate ?? null;
    return { figure, releases: [], period: defects ? { from: defects.from, to: defects.to, rate } : null, note: rate === null ? `No defect of ${projectKey} was created since ${since}.` : null };
  });
  return {
    incidentKey: incident.key,
    projectKey,
    since,
    figures: values,
    computedAt: now.toISOString(),
    jiraCalls: jira.calls - callsBefore,
    xrayCalls: source ? xrayCallsOf(source) : 0,
  };
}
