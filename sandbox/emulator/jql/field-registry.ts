/**
 * The JQL fields the emulator evaluates, looked up by name or alias (case-insensitive), and the
 * answer for any other field: Jira's "does not exist" message, or a plain statement that the
 * emulator does not model a field that real Jira has.
 */
import type { Field } from '@atlaskit/jql-ast';
import type { CompileContext, FieldDefinition } from './compile-context';
import { createdField, dueDateField, resolvedField, statusCategoryChangedField, updatedField } from './date-fields';
import { keyField } from './key-field';
import { aliasedPath, issuePropertyField } from './property-field';
import { issueLinkTypeField, parentField } from './relation-fields';
import { componentField, labelsField } from './tagging-fields';
import { allTextField, commentField, descriptionField, summaryField } from './text-fields';
import { assigneeField, creatorField, reporterField } from './user-fields';
import { affectedVersionField, fixVersionField } from './version-field';
import {
  issueTypeField, priorityField, projectField, resolutionField, statusCategoryField, statusField,
} from './workflow-fields';

const FIELDS: FieldDefinition[] = [
  projectField, issueTypeField, statusField, statusCategoryField, priorityField, resolutionField,
  labelsField, componentField, fixVersionField, affectedVersionField, assigneeField, reporterField, creatorField,
  keyField, parentField, issueLinkTypeField, createdField, updatedField, resolvedField, dueDateField, statusCategoryChangedField,
  summaryField, descriptionField, commentField, allTextField,
];

const BY_NAME = new Map(FIELDS.flatMap((field) => field.names.map((name) => [name, field] as const)));

/** System fields real Jira has that the emulator's model does not hold. */
const NOT_MODELLED = new Set([
  'approvals', 'attachments', 'category', 'development', 'environment', 'epic link', 'filter', 'flagged',
  'hierarchylevel', 'lastcommentedby', 'lastviewed', 'level', 'originalestimate', 'rank', 'remainingestimate',
  'request-channel-type', 'security', 'sprint', 'subtasks', 'team', 'timeestimate', 'timeoriginalestimate',
  'timespent', 'voter', 'votes', 'watcher', 'watchers', 'worklogauthor', 'worklogcomment', 'worklogdate', 'workratio',
]);

export interface PropertyRef { key: string; path: string[] }

export type FieldLookup =
  | { ok: true; definition: FieldDefinition; property?: PropertyRef }
  | { ok: false; error: string };

/** How a field reads in messages: its name, or `issue.property[key].path` for an entity property. */
export function fieldDisplayName(field: Field): string {
  const [property] = field.properties ?? [];
  if (!property || !property.key) return field.value;
  const path = (property.path ?? []).map((segment) => segment.value).join('').replace(/^\./, '');
  return `${field.value}[${property.key.value}]${path === '' ? '' : `.${path}`}`;
}

export function lookupField(field: Field, ctx: CompileContext): FieldLookup {
  const name = field.value;
  const lower = name.toLowerCase();
  const [property] = field.properties ?? [];
  if (property) {
    if (lower !== 'issue.property' || !property.key) {
      return { ok: false, error: `Field '${fieldDisplayName(field)}' is not supported by the Jira emulator: only issue.property[key].path is.` };
    }
    const path = (property.path ?? []).flatMap((segment) => segment.value.split('.')).filter((s) => s !== '');
    return { ok: true, definition: issuePropertyField, property: { key: property.key.value, path } };
  }
  const definition = BY_NAME.get(lower);
  if (definition) return { ok: true, definition };
  // A `searchAlias` of an installed app's jira:entityProperty index names that indexed path.
  const alias = aliasedPath(ctx.store.propertyIndex(), name);
  if (alias) return { ok: true, definition: issuePropertyField, property: { key: alias.propertyKey, path: alias.path.split('.') } };
  if (NOT_MODELLED.has(lower)) return { ok: false, error: `Field '${name}' is not supported by the Jira emulator.` };
  return { ok: false, error: `Field '${name}' does not exist or you do not have permission to view it.` };
}
