/**
 * From Jira's response shapes (src/jira/shapes.ts) to the metrics records (src/domain/metrics). The
 * service hands over what the searches, `changelog/bulkfetch`, `GET status` and the incident's links
 * and project versions returned; anything Jira always sends but is missing raises
 * MalformedJiraDataError naming the issue and the field.
 * A large project holds tens of thousands of records at once, so the incremental mappers here keep
 * them small: arrays no longer than their contents, one shared array per distinct list of names,
 * and changelog pages read one at a time so the caller can drop each as soon as it is read.
 */
import { ACTION_TASK_PROPERTY_KEY, readActionTaskMarker } from '../../domain/actions/task-markers';
import { isCalendarDay, isJiraDateTime, parseJiraDateTime } from '../../domain/metrics/dates';
import type { IncidentLink, LinkedDefect, ReleaseVersion } from '../../domain/metrics/incident-metrics';
import type { ActionTaskRecord, DefectRecord, IncidentRecord, PostmortemStatus, StatusChange, StatusInfo } from '../../domain/metrics/records';
import { buildStatusCatalog, type StatusCatalog } from '../../domain/metrics/status-catalog';
import type { BulkChangelogResponseBean, Changelog, IssueBean, IssueChangeLog, IssueLink, StatusDetails, Version } from '../shapes';
import { names } from './issue-parts';
import {
  POSTMORTEM_PROPERTY_KEY, type ActionTaskFields, type DefectSearchFields, type FollowThroughFields, type IncidentFactsFields, type IncidentFields,
} from './metrics-fields';

export class MalformedJiraDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedJiraDataError';
  }
}

function required<T>(value: T | null | undefined, issue: string, field: string): T {
  if (value === undefined || value === null || value === '') {
    throw new MalformedJiraDataError(`Jira returned ${issue} without ${field}`);
  }
  return value;
}

function requiredDateTime(value: string | null | undefined, issue: string, field: string): string {
  const text = required(value, issue, field);
  if (!isJiraDateTime(text)) throw new MalformedJiraDataError(`Jira returned ${issue} with ${field} "${text}", not a date-time`);
  return text;
}

/** The names of Jira items (components, versions) as a read-only list. */
export type NameListPool = (items: readonly { name?: string }[] | null | undefined) => readonly string[];

const NO_NAMES: readonly string[] = Object.freeze([]);
/** The status history of a defect Jira recorded no status change for, shared by all of them. */
export const NO_CHANGES: readonly StatusChange[] = Object.freeze([]);

/**
 * Answers one shared, frozen array per distinct list of names: 50,000 defects spread over four
 * components hold four component arrays, not 50,000. Records only read these lists.
 */
export function createNameListPool(): NameListPool {
  // One name (the usual case) is its own key; longer lists are keyed by their JSON, in a map of their own.
  const single = new Map<string, readonly string[]>();
  const longer = new Map<string, readonly string[]>();
  return (items) => {
    const list = names(items);
    if (list.length === 0) return NO_NAMES;
    const lists = list.length === 1 ? single : longer;
    const id = list.length === 1 ? list[0] : JSON.stringify(list);
    const known = lists.get(id);
    if (known) return known;
    const frozen = Object.freeze(list);
    lists.set(id, frozen);
    return frozen;
  };
}

/** The statuses of `GET /rest/api/3/status`; entries without an id cannot be referenced and are skipped. */
export function statusInfoFromJira(statuses: readonly StatusDetails[]): StatusInfo[] {
  return statuses.flatMap((status) => (status.id
    ? [{ id: status.id, name: status.name ?? status.id, categoryKey: status.statusCategory?.key ?? 'undefined' }]
    : []));
}

export function statusCatalogFromJira(statuses: readonly StatusDetails[]): StatusCatalog {
  return buildStatusCatalog(statusInfoFromJira(statuses));
}

function isStatusItem(item: { field?: string; fieldId?: string }): boolean {
  return item.fieldId === 'status' || (item.fieldId === undefined && item.field === 'status');
}

/** The status changes in a list of changelog histories, oldest first. */
export function statusChangesFromChangelog(histories: readonly Changelog[], issue = 'an issue'): StatusChange[] {
  const changes: StatusChange[] = [];
  appendStatusChanges(changes, histories, issue);
  return sortedByTime(changes).slice();
}

function appendStatusChanges(changes: StatusChange[], histories: readonly Changelog[], issue: string): void {
  for (const history of histories) {
    for (const item of history.items ?? []) {
      if (!isStatusItem(item)) continue;
      changes.push({
        at: requiredDateTime(history.created, issue, 'a changelog time'),
        fromStatusId: item.from ?? null,
        toStatusId: item.to ?? null,
      });
    }
  }
}

/** Jira sends histories oldest first; the check is a string comparison when every offset is the same. */
function sortedByTime(changes: StatusChange[]): StatusChange[] {
  if (isInTextOrderWithOneOffset(changes)) return changes;
  const times = changes.map((change) => parseJiraDateTime(change.at));
  if (times.every((time, i) => i === 0 || times[i - 1] <= time)) return changes;
  return changes
    .map((change, i) => ({ change, time: times[i], i }))
    .sort((a, b) => a.time - b.time || a.i - b.i)
    .map((entry) => entry.change);
}

function isInTextOrderWithOneOffset(changes: readonly StatusChange[]): boolean {
  for (let i = 1; i < changes.length; i += 1) {
    const [previous, current] = [changes[i - 1].at, changes[i].at];
    if (previous.length !== current.length || previous > current || offsetOf(previous) !== offsetOf(current)) return false;
  }
  return true;
}

function offsetOf(dateTime: string): string {
  return /(?:Z|[+-]\d{2}:?\d{2})$/.exec(dateTime)?.[0] ?? '';
}

/** One page of `changelog/bulkfetch` as the client yields it, for a StatusHistoryCollector to read. */
export type StatusChangelogPage = readonly IssueChangeLog[];

/**
 * Gathers status changes by issue id from `changelog/bulkfetch` pages read one at a time, so each
 * raw page can be dropped once added. An issue whose histories are spread over two pages gets
 * them joined.
 */
export interface StatusHistoryCollector {
  add(page: BulkChangelogResponseBean | StatusChangelogPage): void;
  /** Each issue's changes so far, oldest first, in arrays as long as their contents; empties the collector. */
  take(): Map<string, StatusChange[]>;
}

export function createStatusHistoryCollector(): StatusHistoryCollector {
  let changes = new Map<string, StatusChange[]>();
  return {
    add(page) {
      const logs = Array.isArray(page) ? page : (page as BulkChangelogResponseBean).issueChangeLogs ?? [];
      for (const log of logs) {
        const issueId = required(log.issueId, 'a changelog', 'issueId');
        let list = changes.get(issueId);
        if (!list) {
          list = [];
          changes.set(issueId, list);
        }
        appendStatusChanges(list, log.changeHistories ?? [], `issue ${issueId}`);
      }
    },
    take() {
      const taken = changes;
      changes = new Map();
      // slice(): an array grown by push keeps spare room; a copy is exactly as long as its contents.
      for (const [issueId, list] of taken) taken.set(issueId, sortedByTime(list).slice());
      return taken;
    },
  };
}

/** Status changes by issue id from every page of `changelog/bulkfetch` (see StatusHistoryCollector). */
export function statusHistoriesByIssueId(
  pages: readonly (BulkChangelogResponseBean | IssueChangeLog[])[],
): Map<string, StatusChange[]> {
  const collector = createStatusHistoryCollector();
  for (const page of pages) collector.add(page);
  return collector.take();
}

/**
 * One defect from the search. `nameLists` shares the component and fix-version arrays between
 * records (see createNameListPool); without one each record gets its own.
 */
export function defectRecordFromIssue(
  issue: IssueBean<DefectSearchFields>,
  extra: { escaped: boolean; statusHistory: readonly StatusChange[] },
  nameLists: NameListPool = names,
): DefectRecord {
  const key = required(issue.key, 'an issue', 'key');
  const label = `issue ${key}`;
  const fields = required(issue.fields, label, 'fields');
  return {
    key,
    created: requiredDateTime(fields.created, label, 'created'),
    issueType: required(fields.issuetype?.name, label, 'issuetype.name'),
    resolution: fields.resolution?.name ?? null,
    components: nameLists(fields.components),
    fixVersions: nameLists(fields.fixVersions),
    escaped: extra.escaped,
    currentStatusId: required(fields.status?.id, label, 'status.id'),
    statusHistory: extra.statusHistory,
  };
}

/**
 * Joins the three answers the service collects: the defect search, the id-only search for the
 * escaped clause (ids or keys both accepted), and the bulk status changelogs.
 */
export function defectRecordsFromJira(input: {
  issues: readonly IssueBean<DefectSearchFields>[];
  escapedIssueIdsOrKeys: ReadonlySet<string>;
  changelogs: readonly (BulkChangelogResponseBean | IssueChangeLog[])[];
}): DefectRecord[] {
  const histories = statusHistoriesByIssueId(input.changelogs);
  const nameLists = createNameListPool();
  return input.issues.map((issue) => {
    const id = issue.id ?? '';
    const escaped = input.escapedIssueIdsOrKeys.has(id) || (issue.key !== undefined && input.escapedIssueIdsOrKeys.has(issue.key));
    return defectRecordFromIssue(issue, { escaped, statusHistory: histories.get(id) ?? NO_CHANGES }, nameLists);
  });
}

export function actionTaskFromIssue(issue: IssueBean<ActionTaskFields>): ActionTaskRecord {
  const key = required(issue.key, 'an issue', 'key');
  const label = `issue ${key}`;
  const fields = required(issue.fields, label, 'fields');
  const dueDate = fields.duedate ?? null;
  if (dueDate !== null && !isCalendarDay(dueDate)) throw new MalformedJiraDataError(`Jira returned ${label} with duedate "${dueDate}"`);
  const resolutiondate = fields.resolutiondate ?? null;
  return {
    key,
    created: requiredDateTime(fields.created, label, 'created'),
    dueDate,
    statusCategory: required(fields.status?.statusCategory?.key, label, 'status.statusCategory.key'),
    resolutiondate: resolutiondate === null ? null : requiredDateTime(resolutiondate, label, 'resolutiondate'),
    resolution: fields.resolution?.name ?? null,
  };
}

const POSTMORTEM_STATUSES: readonly PostmortemStatus[] = ['draft', 'in-progress', 'complete'];

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function dateTimeOrNull(value: unknown): string | null {
  return typeof value === 'string' && isJiraDateTime(value) ? value : null;
}

/**
 * An incident with its `qa-postmortem` property (requested with `properties: ["qa-postmortem"]`).
 * A document whose status is not recognised still exists, so it counts as a draft.
 */
export function incidentRecordFromIssue(issue: IssueBean<IncidentFields>): IncidentRecord {
  const key = required(issue.key, 'an issue', 'key');
  const label = `issue ${key}`;
  const fields = required(issue.fields, label, 'fields');
  const document = record(issue.properties?.[POSTMORTEM_PROPERTY_KEY]);
  const gather = record(document?.gather);
  const status = document?.status;
  return {
    key,
    created: requiredDateTime(fields.created, label, 'created'),
    postmortemStatus: document === null
      ? null
      : POSTMORTEM_STATUSES.find((s) => s === status) ?? 'draft',
    startedAt: dateTimeOrNull(gather?.startedAt),
    detectedAt: dateTimeOrNull(gather?.detectedAt),
    mitigatedAt: dateTimeOrNull(gather?.mitigatedAt),
    resolvedAt: dateTimeOrNull(gather?.resolvedAt),
  };
}

function statusCategoryKey(key: string | undefined): LinkedDefect['statusCategory'] {
  return key === 'new' || key === 'indeterminate' || key === 'done' ? key : null;
}

/**
 * An incident's `issuelinks`, each seen from the incident: the issue at the other end (exactly one
 * of inwardIssue / outwardIssue is set) and the link type's name for that direction. A link without
 * the other issue's key names nothing and is left out.
 */
export function incidentLinksFromJira(links: readonly IssueLink[]): IncidentLink[] {
  return links.flatMap((link) => {
    const other = link.outwardIssue ?? link.inwardIssue;
    if (!other?.key) return [];
    const relation = link.outwardIssue ? link.type?.outward : link.type?.inward;
    return [{
      key: other.key,
      id: other.id ?? null,
      issueType: other.fields?.issuetype?.name ?? null,
      summary: other.fields?.summary ?? '',
      status: other.fields?.status?.name ?? '',
      statusCategory: statusCategoryKey(other.fields?.status?.statusCategory?.key),
      relation: relation ?? null,
    }];
  });
}

/** One version of a project, as the trailing releases are chosen from. */
export function releaseVersionOf(version: Version): ReleaseVersion {
  return { name: version.name ?? '', released: version.released === true, releaseDate: version.releaseDate ?? null };
}

/** The versions of `GET /rest/api/3/project/{key}/versions`, in Jira's order. */
export function releaseVersionsFromJira(versions: readonly Version[]): ReleaseVersion[] {
  return versions.map(releaseVersionOf);
}

/** The incident as the panel's metrics read it (INCIDENT_FACTS_FIELDS). */
export interface IncidentFacts {
  key: string;
  /** Key of the incident's project; undefined when Jira did not say. */
  projectKey: string | undefined;
  /** Jira's `created`; '' when Jira did not say. */
  created: string;
  components: string[];
  fixVersions: string[];
  /** The same fix versions with whether and when they were released (Jira embeds them in the field). */
  fixVersionReleases: ReleaseVersion[];
  /** Its links, each seen from the incident (incidentLinksFromJira). */
  links: IncidentLink[];
}

export function incidentFactsFromIssue(issue: IssueBean<IncidentFactsFields>): IncidentFacts {
  const fields = issue.fields ?? {};
  return {
    key: issue.key,
    projectKey: fields.project?.key,
    created: fields.created ?? '',
    components: names(fields.components),
    fixVersions: names(fields.fixVersions),
    fixVersionReleases: (fields.fixVersions ?? []).map(releaseVersionOf),
    links: incidentLinksFromJira(fields.issuelinks ?? []),
  };
}

/** What tells an issue of the follow-through search apart: an incident of the project, or an action-item task. */
export interface FollowThroughFacts {
  /** Key of the issue's project; undefined when Jira did not say. */
  projectKey: string | undefined;
  /** Issue type name; '' when Jira did not say. */
  issueType: string;
  labels: readonly string[];
  /** The incident (key) the app's marker names; null when the issue carries no marker. */
  markedIncident: string | null;
}

export function followThroughFactsFromIssue(issue: IssueBean<FollowThroughFields>): FollowThroughFacts {
  const fields = issue.fields ?? {};
  return {
    projectKey: fields.project?.key,
    issueType: fields.issuetype?.name ?? '',
    labels: fields.labels ?? [],
    markedIncident: readActionTaskMarker(issue.properties?.[ACTION_TASK_PROPERTY_KEY])?.incident ?? null,
  };
}
