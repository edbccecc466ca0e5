/**
 * Decides, once per defect, the facts every metric needs: is it a defect in the sense of the
 * settings, on which day was it created, is it escaped, was it ever resolved, was it reopened.
 * One pass over each status history, so the whole computation is linear in the input.
 */
import { calendarDayOf, monthOf, type CalendarDay, type CalendarMonth } from './dates';
import type { DefectRecord } from './records';
import type { MetricsSettings } from './settings';
import { isDoneStatus, type StatusCatalog } from './status-catalog';

export interface MetricsContext {
  settings: MetricsSettings;
  statuses: StatusCatalog;
}

export interface ClassifiedDefect {
  key: string;
  createdDay: CalendarDay;
  createdMonth: CalendarMonth;
  components: readonly string[];
  fixVersions: readonly string[];
  escaped: boolean;
  /** Entered a Done-category status at least once (the Reopen Rate's denominator). */
  resolved: boolean;
  /** Left a Done-category status for one outside it at least once; counted once however often. */
  reopened: boolean;
}

export interface DefectStatusFacts {
  resolved: boolean;
  reopened: boolean;
}

/**
 * Resolved and reopened from the status history and the current status, by status category.
 * A change with an unknown status on either side (a status deleted since) proves nothing, so it
 * is neither a reopen nor an entry into Done. Leaving Done also proves the defect was resolved,
 * which covers an issue created straight into a Done status and keeps reopened within resolved.
 */
export function defectStatusFacts(
  record: Pick<DefectRecord, 'currentStatusId' | 'statusHistory'>,
  statuses: StatusCatalog,
): DefectStatusFacts {
  let resolved = isDoneStatus(statuses, record.currentStatusId) === true;
  let reopened = false;
  for (const change of record.statusHistory) {
    const fromDone = isDoneStatus(statuses, change.fromStatusId);
    const toDone = isDoneStatus(statuses, change.toStatusId);
    if (toDone === true || fromDone === true) resolved = true;
    if (fromDone === true && toDone === false) reopened = true;
  }
  return { resolved, reopened };
}

/** Case-insensitive name matching, as Jira compares issue type and resolution names. */
function nameSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.map((name) => name.trim().toLowerCase()));
}

/**
 * The defects the settings recognise: issue type among the defect types and not resolved with an
 * invalid resolution. The CURRENT resolution decides: a defect reopened and then closed as a
 * Duplicate is excluded; one first closed as Duplicate and then reopened and fixed counts.
 * The period and scope filters come later (rates.ts), so one classification serves every group.
 */
export function classifyDefects(records: readonly DefectRecord[], context: MetricsContext): ClassifiedDefect[] {
  const defectTypes = nameSet(context.settings.defectIssueTypes);
  const invalid = nameSet(context.settings.invalidResolutions);
  const classified: ClassifiedDefect[] = [];
  for (const record of records) {
    if (!defectTypes.has(record.issueType.trim().toLowerCase())) continue;
    if (record.resolution !== null && invalid.has(record.resolution.trim().toLowerCase())) continue;
    const createdDay = calendarDayOf(record.created);
    const facts = defectStatusFacts(record, context.statuses);
    classified.push({
      key: record.key,
      createdDay,
      createdMonth: monthOf(createdDay),
      components: record.components,
      fixVersions: record.fixVersions,
      escaped: record.escaped,
      resolved: facts.resolved,
      reopened: facts.reopened,
    });
  }
  return classified;
}
