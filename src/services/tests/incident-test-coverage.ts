/**
 * The panel's test figures for an incident, as the viewer: for the Test coverage gaps probe, the
 * requirement coverage of the incident's components in the release that shipped it (the last of the
 * trailing releases the Defect trends probe uses: its released fix version, else the latest release
 * before it was raised); for the Process effectiveness probe, from a source with test runs (Xray
 * Cloud), the execution progress of that release and the UAT pass rate of each trailing release.
 */
import type { IncidentTestCoverageResult } from '../../contracts/metrics';
import { requirementCoverage } from '../../domain/tests';
import { readIncidentScope, trailingReleasesOf } from '../metrics/incident-metrics-service';
import { againstTarget } from './test-metrics-service';
import { releaseTestFigures, testFiguresDeps, testSourceOf, xrayCallsOf, type TestFiguresDeps } from './test-source';

export async function getIncidentTestCoverage(incidentKey: string, partialDeps: Partial<TestFiguresDeps> = {}): Promise<IncidentTestCoverageResult> {
  const deps = testFiguresDeps(partialDeps);
  const { jira, store } = deps;
  const callsBefore = jira.calls;
  const computedAt = deps.clock().toISOString();
  const { incident, projectKey, settings } = await readIncidentScope(jira, incidentKey);
  const source = await testSourceOf(projectKey, settings, deps);
  const releases = await trailingReleasesOf(jira, store, projectKey, incident);
  const release = releases.at(-1) ?? null;
  const components = [...incident.components];
  const { targets } = settings.tests;
  // Coverage of the incident's components in its release; runs (progress, UAT) of each whole release.
  const [shippedCoverage, runs] = await Promise.all([
    release === null ? null : releaseTestFigures(jira, source, { projectKey, release, components }, settings, { coverage: true, runs: false }),
    source.kind === 'xray'
      ? Promise.all(releases.map((name) => releaseTestFigures(jira, source, { projectKey, release: name, components: [] }, settings, { coverage: false, runs: true })))
      : [],
  ]);
  const coverage = shippedCoverage?.requirementCoverage ?? requirementCoverage([]);
  const progress = runs.at(-1)?.executionProgress ?? null;
  return {
    incidentKey: incident.key,
    projectKey,
    release,
    components,
    source: settings.tests.source,
    requirementCoverage: { ...coverage, target: againstTarget(coverage.rate, targets.requirementCoverage) },
    executionProgress: progress === null ? null : { ...progress, target: againstTarget(progress.rate, targets.executionProgress) },
    uatTrend: releases.flatMap((name, i) => {
      const uat = runs[i]?.uatPassRate ?? null;
      return uat === null ? [] : [{ release: name, uatPassRate: { ...uat, target: againstTarget(uat.rate, targets.uatPassRate) } }];
    }),
    computedAt,
    jiraCalls: jira.calls - callsBefore,
    xrayCalls: xrayCallsOf(source),
  };
}
