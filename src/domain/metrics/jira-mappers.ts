/**
 * From Jira's response shapes (jira-shapes.ts) to the metrics records (records.ts). The service
 * hands over what the searches, `changelog/bulkfetch` and `GET status` returned; anything Jira
 * always sends but is missing raises MalformedJiraDataError naming the issue and the field.
 */
import { isCalendarDay, isJiraDateTime, parseJiraDateTime } from './dates';
import type {
  ActionTaskFields, BulkChangelogResponseBean, Changelog, DefectSearchFields, IncidentFields, IssueBean,
  IssueChangeLog, StatusDetails,
} from './jira-shapes';
import { POSTMORTEM_PROPERTY_KEY } from './jira-shapes';
import type { ActionTaskRecord, DefectRecord, IncidentRecord, PostmortemStatus, StatusChange, StatusInfo } from './records';
import { buildStatusCatalog, type StatusCatalog } from './status-catalog';

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

function names(items: readonly { name?: string }[] | null | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.name ? [item.name] : []));
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
  return sortedByTime(changes);
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

/**
 * Status changes by issue id from every page of `changelog/bulkfetch`; an issue whose histories
 * are spread over two pages gets them joined.
 */
export function statusHistoriesByIssueId(
  pages: readonly (BulkChangelogResponseBean | IssueChangeLog[])[],
): Map<string, StatusChange[]> {
  const changes = new Map<string, StatusChange[]>();
  for (const page of pages) {
    const logs = Array.isArray(page) ? page : page.issueChangeLogs ?? [];
    for (const log of logs) {
      const issueId = required(log.issueId, 'a changelog', 'issueId');
      let list = changes.get(issueId);
      if (!list) {
        list = [];
        changes.set(issueId, list);
      }
      appendStatusChanges(list, log.changeHistories ?? [], `issue ${issueId}`);
    }
  }
  for (const [issueId, list] of changes) changes.set(issueId, sortedByTime(list));
  return changes;
}

export function defectRecordFromIssue(
  issue: IssueBean<DefectSearchFields>,
  extra: { escaped: boolean; statusHistory: StatusChange[] },
): DefectRecord {
  const key = required(issue.key, 'an issue', 'key');
  const label = `issue ${key}`;
  const fields = required(issue.fields, label, 'fields');
  return {
    key,
    created: requiredDateTime(fields.created, label, 'created'),
    issueType: required(fields.issuetype?.name, label, 'issuetype.name'),
    resolution: fields.resolution?.name ?? null,
    components: names(fields.components),
    fixVersions: names(fields.fixVersions),
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
  return input.issues.map((issue) => {
    const id = issue.id ?? '';
    const escaped = input.escapedIssueIdsOrKeys.has(id) || (issue.key !== undefined && input.escapedIssueIdsOrKeys.has(issue.key));
    return defectRecordFromIssue(issue, { escaped, statusHistory: histories.get(id) ?? [] });
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
