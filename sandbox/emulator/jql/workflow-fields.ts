/**
 * JQL fields that name one configured thing per issue: project, issuetype, status, statusCategory,
 * priority and resolution. Values are names (case-insensitive) or ids, as in Jira; priority also
 * compares by rank (`priority >= High`), and `resolution = Unresolved` means no resolution.
 * Status, priority and resolution also take the history operators (history.ts): the changelog
 * records them by id under their own names (workflow.ts, apply-field-ops.ts).
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/
 */
import { STATUS_CATEGORIES } from '../../seed/base';
import type { StatusCategoryKey } from '../model';
import { eqIgnoreCase, type FieldDefinition } from './compile-context';
import { argumentsAccepted } from './function-args';
import { membershipField, single, type FieldFunction, type OrderOperator } from './membership-field';

function byNameOrId<T extends { id: string; name: string }>(items: T[], value: string): string[] | null {
  const ids = items.filter((item) => item.id === value || eqIgnoreCase(item.name, value)).map((item) => item.id);
  return ids.length > 0 ? ids : null;
}

function indexById<T extends { id: string }>(items: T[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.id, i]));
}

export const projectField: FieldDefinition = membershipField({
  names: ['project'],
  values: () => (issue) => [issue.projectId],
  resolveValue(value, ctx) {
    const ids = ctx.store.projects()
      .filter((p) => (p.id === value || eqIgnoreCase(p.key, value) || eqIgnoreCase(p.name, value)) && ctx.canBrowseProject(p))
      .map((p) => p.id);
    return ids.length > 0 ? ids : null;
  },
  sortKey(ctx) {
    const names = new Map(ctx.store.projects().map((p) => [p.id, p.name.toLowerCase()]));
    return (issue) => names.get(issue.projectId) ?? null;
  },
});

function issueTypesWhere(subtask: boolean): FieldFunction {
  return {
    multi: true,
    evaluate(args, ctx, fnName) {
      if (!argumentsAccepted(args, 0, 0, fnName, ctx)) return null;
      return ctx.store.issueTypes().filter((t) => t.subtask === subtask).map((t) => t.id);
    },
  };
}

export const issueTypeField: FieldDefinition = membershipField({
  names: ['issuetype', 'type'],
  values: () => (issue) => [issue.fields.issueTypeId],
  resolveValue: (value, ctx) => byNameOrId(ctx.store.issueTypes(), value),
  functions: { standardissuetypes: issueTypesWhere(false), subtaskissuetypes: issueTypesWhere(true) },
  sortKey(ctx) {
    const order = indexById(ctx.store.issueTypes());
    return (issue) => order.get(issue.fields.issueTypeId) ?? null;
  },
});

export const statusField: FieldDefinition = membershipField({
  names: ['status'],
  values: () => (issue) => [issue.fields.statusId],
  resolveValue: (value, ctx) => byNameOrId(ctx.store.statuses(), value),
  // "The WAS, WAS NOT, WAS IN and WAS NOT IN operators can only be used with the name, not the ID."
  history: {
    fieldId: 'status', itemField: 'status', multiValued: false,
    resolveValue(value, ctx) {
      const ids = ctx.store.statuses().filter((s) => eqIgnoreCase(s.name, value)).map((s) => s.id);
      return ids.length > 0 ? ids : null;
    },
  },
  sortKey(ctx) {
    const order = indexById(ctx.store.statuses());
    return (issue) => order.get(issue.fields.statusId) ?? null;
  },
});

const CATEGORY_ORDER: StatusCategoryKey[] = ['new', 'indeterminate', 'done'];

export const statusCategoryField: FieldDefinition = membershipField({
  names: ['statuscategory'],
  values(ctx) {
    const categoryOf = new Map(ctx.store.statuses().map((s) => [s.id, s.categoryKey]));
    return (issue) => single(categoryOf.get(issue.fields.statusId) ?? null);
  },
  resolveValue(value) {
    const keys = STATUS_CATEGORIES
      .filter((c) => String(c.id) === value || eqIgnoreCase(c.key, value) || eqIgnoreCase(c.name, value))
      .map((c) => c.key);
    return keys.length > 0 ? keys : null;
  },
  sortKey(ctx) {
    const categoryOf = new Map(ctx.store.statuses().map((s) => [s.id, s.categoryKey]));
    return (issue) => {
      const key = categoryOf.get(issue.fields.statusId);
      return key === undefined ? null : CATEGORY_ORDER.indexOf(key);
    };
  },
});

export const priorityField: FieldDefinition = membershipField({
  names: ['priority'],
  values: () => (issue) => single(issue.fields.priorityId),
  resolveValue: (value, ctx) => byNameOrId(ctx.store.priorities(), value),
  history: { fieldId: 'priority', itemField: 'priority', multiValued: false },
  // Priorities are listed most important first; "greater" means more important, as in Jira.
  ordered(ctx) {
    const priorities = ctx.store.priorities();
    const rank = indexById(priorities);
    return (operandIds, op) => new Set(priorities.filter((p, i) => operandIds.some((id) => {
      const r = rank.get(id)!;
      return compareRanks(r - i, op);
    })).map((p) => p.id));
  },
  sortKey(ctx) {
    const priorities = ctx.store.priorities();
    const rank = indexById(priorities);
    return (issue) => (issue.fields.priorityId === null ? null : priorities.length - (rank.get(issue.fields.priorityId) ?? priorities.length));
  },
});

/** `difference` is (operand rank − candidate rank): positive when the candidate is more important. */
function compareRanks(difference: number, op: OrderOperator): boolean {
  switch (op) {
    case '>': return difference > 0;
    case '>=': return difference >= 0;
    case '<': return difference < 0;
    case '<=': return difference <= 0;
  }
}

export const resolutionField: FieldDefinition = membershipField({
  names: ['resolution'],
  values: () => (issue) => single(issue.fields.resolutionId),
  resolveValue: (value, ctx) => byNameOrId(ctx.store.resolutions(), value),
  history: { fieldId: 'resolution', itemField: 'resolution', multiValued: false },
  meansEmpty: (value, ctx) => eqIgnoreCase(value, 'Unresolved')
    && !ctx.store.resolutions().some((r) => eqIgnoreCase(r.name, value)),
  sortKey(ctx) {
    const order = indexById(ctx.store.resolutions());
    return (issue) => (issue.fields.resolutionId === null ? null : order.get(issue.fields.resolutionId) ?? null);
  },
});
