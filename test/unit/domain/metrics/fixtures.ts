/**
 * Builders for the metrics tests: records with Partial overrides, and calendar days derived from
 * the clock (no date that rots). Jira-shaped responses for the mappers are in
 * test/unit/jira/mappers/metrics-fixtures.ts.
 */
import {
  buildStatusCatalog, defaultSettings, type ActionTaskRecord, type DefectRecord, type IncidentLink, type IncidentRecord,
  type MetricsContext, type MetricsSettings, type ReleaseVersion, type StatusChange, type StatusInfo,
} from '../../../../src/domain/metrics';

/** Last year, so every day built from it is in the past whatever today is. */
export const YEAR = new Date().getUTCFullYear() - 1;

export function day(month: number, dayOfMonth: number, year = YEAR): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export function at(month: number, dayOfMonth: number, time = '10:00', year = YEAR): string {
  return `${day(month, dayOfMonth, year)}T${time}:00.000+0000`;
}

export const STATUS = {
  todo: '10000',
  inProgress: '3',
  done: '10001',
  reopened: '10002',
  /** A custom Done-category status of another workflow. */
  verified: '20001',
  /** A custom not-done status of another workflow. */
  inQa: '20002',
} as const;

export const STATUSES: StatusInfo[] = [
  { id: STATUS.todo, name: 'To Do', categoryKey: 'new' },
  { id: STATUS.inProgress, name: 'In Progress', categoryKey: 'indeterminate' },
  { id: STATUS.done, name: 'Done', categoryKey: 'done' },
  { id: STATUS.reopened, name: 'Reopened', categoryKey: 'new' },
  { id: STATUS.verified, name: 'Verified', categoryKey: 'done' },
  { id: STATUS.inQa, name: 'In QA', categoryKey: 'indeterminate' },
];

export function context(overrides: Partial<MetricsSettings> = {}, statuses: StatusInfo[] = STATUSES): MetricsContext {
  return { settings: { ...defaultSettings(), ...overrides }, statuses: buildStatusCatalog(statuses) };
}

/** Status changes walking through the given statuses, one hour apart from `start`. */
export function walk(start: string, ...statusIds: string[]): StatusChange[] {
  const startMs = Date.parse(start.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return statusIds.slice(1).map((to, i) => ({
    at: new Date(startMs + (i + 1) * 3_600_000).toISOString(),
    fromStatusId: statusIds[i],
    toStatusId: to,
  }));
}

let nextKey = 1;

export function defect(overrides: Partial<DefectRecord> = {}): DefectRecord {
  const created = overrides.created ?? at(3, 10);
  return {
    key: `QA-${nextKey++}`,
    created,
    issueType: 'Bug',
    resolution: null,
    components: [],
    fixVersions: [],
    escaped: false,
    currentStatusId: STATUS.todo,
    statusHistory: [],
    ...overrides,
  };
}

/** A defect fixed once: To Do -> In Progress -> Done, resolution Fixed. */
export function fixedDefect(overrides: Partial<DefectRecord> = {}): DefectRecord {
  const created = overrides.created ?? at(3, 10);
  return defect({
    created,
    resolution: 'Fixed',
    currentStatusId: STATUS.done,
    statusHistory: walk(created, STATUS.todo, STATUS.inProgress, STATUS.done),
    ...overrides,
  });
}

/** A defect reopened once and fixed again. */
export function reopenedDefect(overrides: Partial<DefectRecord> = {}): DefectRecord {
  const created = overrides.created ?? at(3, 10);
  return defect({
    created,
    resolution: 'Fixed',
    currentStatusId: STATUS.done,
    statusHistory: walk(created, STATUS.todo, STATUS.inProgress, STATUS.done, STATUS.reopened, STATUS.inProgress, STATUS.done),
    ...overrides,
  });
}

export function actionTask(overrides: Partial<ActionTaskRecord> = {}): ActionTaskRecord {
  return {
    key: `QA-${nextKey++}`,
    created: at(3, 1),
    dueDate: day(4, 1),
    statusCategory: 'new',
    resolutiondate: null,
    resolution: null,
    ...overrides,
  };
}

/** A link of the incident to `key`: by default a Bug in status Done that the incident relates to. */
export function incidentLink(key: string, overrides: Partial<IncidentLink> = {}): IncidentLink {
  return { key, id: String(10_000 + Number(key.replace(/^\D+-/, ''))), issueType: 'Bug', summary: `Summary of ${key}`, status: 'Done', statusCategory: 'done', relation: 'relates to', ...overrides };
}

export function releaseVersion(name: string, releaseDate: string | null, released = true): ReleaseVersion {
  return { name, released, releaseDate };
}

export function incident(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    key: `QA-${nextKey++}`,
    created: at(3, 1, '09:30'),
    postmortemStatus: null,
    startedAt: null,
    detectedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    ...overrides,
  };
}
