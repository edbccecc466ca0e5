/**
 * JQL fields about an issue's relations to other issues: `parent` and `issueLinkType`. Both take
 * `= , != , IN , NOT IN` only, no IS / IS NOT (so no EMPTY either), no ordering, no history and no
 * functions; as everywhere in JQL, `!=` and NOT IN never match an issue whose field is empty.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/ (Parent, Work item link type)
 */
import { eqIgnoreCase, type FieldDefinition, type FieldOperator } from './compile-context';
import { findVisibleIssue, unknownIssueMessage } from './key-field';
import { membershipField, single } from './membership-field';

const EQUALITY_OPERATORS = new Set<FieldOperator>(['=', '!=', 'in', 'not in']);

/** The field with = != IN NOT IN only, refusing EMPTY (`parent = EMPTY`), which stands for IS EMPTY. */
function equalityOnly(field: FieldDefinition): FieldDefinition {
  return {
    ...field,
    operators: EQUALITY_OPERATORS,
    compile(input, ctx) {
      if (input.atoms.some((atom) => atom.kind === 'empty')) {
        ctx.errors.push(`The operator '${input.writtenOperator}' does not support the EMPTY keyword for field '${input.fieldName}'.`);
        return null;
      }
      return field.compile(input, ctx);
    },
  };
}

/**
 * `parent`: "Search for all child work items of a parent … You can search by work item key or by
 * ID." A parent the viewer cannot browse is reported as not existing, as for `key`.
 */
export const parentField: FieldDefinition = equalityOnly({
  ...membershipField({
    names: ['parent'],
    values: () => (issue) => single(issue.fields.parentId),
    resolveValue(value, ctx) {
      const issue = findVisibleIssue(value, ctx);
      return issue ? [issue.id] : null;
    },
    unknownValueMessage: unknownIssueMessage,
  }),
  // Jira lists no sorting by parent; the emulator refuses ORDER BY parent.
  sortKey: undefined,
});

/**
 * `issueLinkType` (documented now as workItemLinkType; "There are no changes to existing JQL
 * queries", while the new names "may not work yet", so the emulator takes the old name only). A
 * value is a link type's name, outward or inward description: "When searching workItemLinkType,
 * Jira searches all three properties". The descriptions are read from the issue's own side of the
 * link, as the documented examples read them: `workItemLinkType = "is blocked by"` finds the work
 * items "that are blocked by other work items", so the blocking issue holds "blocks" (and the name
 * "Blocks") but not "is blocked by". The link counts whether or not the viewer may browse the issue
 * at its other end: the link type is the issue's own value.
 *
 * `!=`: the page's example `workItemLinkType != "is blocked by"` finds work items "that don't have
 * any blockers". Undocumented is whether that includes issues with no link at all; the operators page
 * says `!=` "will not match a field that has no value", so the emulator takes the stricter reading:
 * only issues that have links, none of them of the type.
 */
export const issueLinkTypeField: FieldDefinition = equalityOnly(membershipField({
  names: ['issuelinktype'],
  values(ctx) {
    const types = new Map(ctx.store.linkTypes().map((t) => [t.id, t]));
    return (issue) => ctx.store.linksOf(issue.id).flatMap((link) => {
      const type = types.get(link.typeId);
      if (!type) return [];
      const held = [type.name.toLowerCase()];
      if (link.outwardIssueId === issue.id) held.push(type.outward.toLowerCase());
      if (link.inwardIssueId === issue.id) held.push(type.inward.toLowerCase());
      return held;
    });
  },
  resolveValue(value, ctx) {
    const known = ctx.store.linkTypes()
      .some((t) => eqIgnoreCase(t.name, value) || eqIgnoreCase(t.outward, value) || eqIgnoreCase(t.inward, value));
    return known ? [value.toLowerCase()] : null;
  },
}));
