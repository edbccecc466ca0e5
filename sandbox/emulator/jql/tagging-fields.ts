/**
 * Multi-valued JQL fields that tag an issue: labels (free text, compared case-insensitively) and
 * component (name or id; a name can exist in several projects and then means all of them).
 */
import { eqIgnoreCase, type FieldDefinition } from './compile-context';
import { membershipField } from './membership-field';

export const labelsField: FieldDefinition = membershipField({
  names: ['labels'],
  values: () => (issue) => issue.fields.labels.map((label) => label.toLowerCase()),
  resolveValue: (value) => [value.toLowerCase()],
  sortKey: () => (issue) => (issue.fields.labels.length === 0
    ? null
    : issue.fields.labels.map((label) => label.toLowerCase()).sort().join(' ')),
});

export const componentField: FieldDefinition = membershipField({
  names: ['component'],
  values: () => (issue) => issue.fields.componentIds,
  resolveValue(value, ctx) {
    const ids = ctx.store.projects()
      .flatMap((p) => p.components)
      .filter((c) => c.id === value || eqIgnoreCase(c.name, value))
      .map((c) => c.id);
    return ids.length > 0 ? ids : null;
  },
  sortKey(ctx) {
    const names = new Map(ctx.store.projects().flatMap((p) => p.components).map((c) => [c.id, c.name.toLowerCase()]));
    return (issue) => {
      const held = issue.fields.componentIds.map((id) => names.get(id) ?? '').sort();
      return held.length === 0 ? null : held[0];
    };
  },
});
