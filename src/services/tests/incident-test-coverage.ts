/**
 * The Test coverage gaps probe's figure: requirement coverage of the incident's components in the
 * release that shipped it (the last of the trailing releases the Defect trends probe uses: its
 * released fix version, else the latest release before it was raised), from Jira alone, as the
 * viewer.
 */
import type { IncidentTestCoverageResult } from '../../contracts/metrics';
import { requirementCoverage } from '../../domain/tests';
import { readIncidentScope, trailingReleasesOf } from '../metrics/incident-metrics-service';
import { userMetricsJira, type MetricsJira } from '../metrics/metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from '../metrics/ports';
import { jiraRequirementCoverage } from './jira-requirement-coverage';
import { againstTarget, refuseUnreachableSource } from './test-metrics-service';

export interface IncidentTestCoverageDeps {
  jira: MetricsJira;
  store: KeyValueStore;
  clock: Clock;
}

export async function getIncidentTestCoverage(incidentKey: string, partialDeps: Partial<IncidentTestCoverageDeps> = {}): Promise<IncidentTestCoverageResult> {
  const jira = partialDeps.jira ?? userMetricsJira();
  const store = partialDeps.store ?? forgeKeyValueStore();
  const clock = partialDeps.clock ?? systemClock;
  const callsBefore = jira.calls;
  const computedAt = clock().toISOString();
  const { incident, projectKey, settings } = await readIncidentScope(jira, incidentKey);
  refuseUnreachableSource(projectKey, settings);
  const release = (await trailingReleasesOf(jira, store, projectKey, incident)).at(-1) ?? null;
  const components = [...incident.components];
  const coverage = release === null
    ? requirementCoverage([])
    : await jiraRequirementCoverage(jira, { projectKey, release, components }, settings);
  return {
    incidentKey: incident.key,
    projectKey,
    release,
    components,
    requirementCoverage: { ...coverage, target: againstTarget(coverage.rate, settings.tests.targets.requirementCoverage) },
    computedAt,
    jiraCalls: jira.calls - callsBefore,
  };
}
