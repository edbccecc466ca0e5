/**
 * Writes validated field operations onto an issue and returns the changelog items Jira would record
 * for them (field names, ids and display strings as Jira writes them: "Component", "Fix Version",
 * labels as space-separated strings, users by account id and display name).
 */
import type { EmChangeItem, EmIssue, EmIssueFields, EmProject } from './model';
import type { EmulatorState } from './store';
import type { FieldOp, ListMode } from './field-ops';
import { adfToText } from './adf';
import { resolutionItem } from './workflow';

function item(field: string, fieldId: string, from: string | null, fromString: string | null, to: string | null, toString: string | null): EmChangeItem {
  return { field, fieldtype: 'jira', fieldId, from, fromString, to, toString };
}

function mergeList(current: string[], mode: ListMode, values: string[]): string[] {
  if (mode === 'set') return [...new Set(values)];
  if (mode === 'add') return [...current, ...values.filter((v) => !current.includes(v))];
  return current.filter((v) => !values.includes(v));
}

const dueString = (day: string | null) => (day === null ? null : `${day} 00:00:00.0`);

/** Sets the field values; several operations on one field (labels add + remove) combine. */
function applyOne(issue: EmIssue, op: FieldOp, at: string): void {
  const f = issue.fields;
  switch (op.field) {
    case 'summary': f.summary = op.value; break;
    case 'description': f.description = op.value; break;
    case 'assignee': f.assigneeAccountId = op.value; break;
    case 'reporter': f.reporterAccountId = op.value; break;
    case 'priority': f.priorityId = op.value; break;
    case 'resolution':
      if (op.value === null) f.resolutiondate = null;
      else if (f.resolutionId === null) f.resolutiondate = at;
      f.resolutionId = op.value;
      break;
    case 'issuetype': f.issueTypeId = op.value; break;
    case 'duedate': f.duedate = op.value; break;
    case 'labels': f.labels = mergeList(f.labels, op.mode, op.values); break;
    case 'components': f.componentIds = mergeList(f.componentIds, op.mode, op.ids); break;
    case 'fixVersions': f.fixVersionIds = mergeList(f.fixVersionIds, op.mode, op.ids); break;
    case 'versions': f.affectsVersionIds = mergeList(f.affectsVersionIds, op.mode, op.ids); break;
    case 'parent': f.parentId = op.value; break;
  }
}

/** The changelog items for one field, from its value before and after the edit (one item per field, as Jira writes). */
function itemsFor(state: EmulatorState, project: EmProject, field: FieldOp['field'], before: EmIssueFields, after: EmIssueFields): EmChangeItem[] {
  const userName = (id: string | null) => (id === null ? null : state.userById(id)?.displayName ?? id);
  switch (field) {
    case 'summary':
      return before.summary === after.summary ? [] : [item('summary', 'summary', null, before.summary, null, after.summary)];
    case 'description':
      return JSON.stringify(before.description) === JSON.stringify(after.description) ? []
        : [item('description', 'description', null, adfToText(before.description) || null, null, adfToText(after.description) || null)];
    case 'assignee':
      return before.assigneeAccountId === after.assigneeAccountId ? []
        : [item('assignee', 'assignee', before.assigneeAccountId, userName(before.assigneeAccountId), after.assigneeAccountId, userName(after.assigneeAccountId))];
    case 'reporter':
      return before.reporterAccountId === after.reporterAccountId ? []
        : [item('reporter', 'reporter', before.reporterAccountId, userName(before.reporterAccountId), after.reporterAccountId, userName(after.reporterAccountId))];
    case 'priority': {
      const name = (id: string | null) => (id === null ? null : state.priorityById(id)?.name ?? null);
      return before.priorityId === after.priorityId ? []
        : [item('priority', 'priority', before.priorityId, name(before.priorityId), after.priorityId, name(after.priorityId))];
    }
    case 'resolution':
      return before.resolutionId === after.resolutionId ? [] : [resolutionItem(state, before.resolutionId, after.resolutionId)];
    case 'issuetype': {
      const name = (id: string) => state.issueTypeById(id)?.name ?? null;
      return before.issueTypeId === after.issueTypeId ? []
        : [item('issuetype', 'issuetype', before.issueTypeId, name(before.issueTypeId), after.issueTypeId, name(after.issueTypeId))];
    }
    case 'duedate':
      return before.duedate === after.duedate ? []
        : [item('duedate', 'duedate', before.duedate, dueString(before.duedate), after.duedate, dueString(after.duedate))];
    case 'labels':
      return before.labels.join(' ') === after.labels.join(' ') ? []
        : [item('labels', 'labels', null, before.labels.join(' ') || null, null, after.labels.join(' ') || null)];
    case 'parent': {
      const key = (id: string | null) => (id === null ? null : state.issueByIdOrKey(id)?.key ?? id);
      return before.parentId === after.parentId ? []
        : [item('IssueParentAssociation', 'parent', before.parentId, key(before.parentId), after.parentId, key(after.parentId))];
    }
    case 'components':
    case 'fixVersions':
    case 'versions': {
      const lists = { components: [before.componentIds, after.componentIds], fixVersions: [before.fixVersionIds, after.fixVersionIds], versions: [before.affectsVersionIds, after.affectsVersionIds] };
      const [was, now] = lists[field];
      const catalogue: { id: string; name: string }[] = field === 'components' ? project.components : project.versions;
      const name = (id: string) => catalogue.find((c) => c.id === id)?.name ?? id;
      const label = { components: 'Component', fixVersions: 'Fix Version', versions: 'Version' }[field];
      return [
        ...was.filter((id) => !now.includes(id)).map((id) => item(label, field, id, name(id), null, null)),
        ...now.filter((id) => !was.includes(id)).map((id) => item(label, field, null, null, id, name(id))),
      ];
    }
  }
}

/** Applies the operations; `at` is the time of the change (resolution sets resolutiondate, as Jira does). */
export function applyFieldOps(state: EmulatorState, project: EmProject, issue: EmIssue, ops: FieldOp[], at: string): EmChangeItem[] {
  const before: EmIssueFields = {
    ...issue.fields, labels: [...issue.fields.labels], componentIds: [...issue.fields.componentIds],
    fixVersionIds: [...issue.fields.fixVersionIds], affectsVersionIds: [...issue.fields.affectsVersionIds],
  };
  for (const op of ops) applyOne(issue, op, at);
  const fields = [...new Set(ops.map((op) => op.field))];
  return fields.flatMap((field) => itemsFor(state, project, field, before, issue.fields));
}
