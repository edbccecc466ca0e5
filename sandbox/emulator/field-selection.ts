/**
 * Jira's `fields` parameter: `*all`, `*navigable`, field ids, `-id` to exclude. GET issue defaults to
 * `*all`; search defaults to `id` only. Unknown field ids are ignored, as Jira does.
 */
import { NAVIGABLE_FIELD_IDS, RENDERED_FIELD_IDS, systemField } from './system-fields';

export interface FieldSelection {
  /** Field ids to render under `fields`. */
  fields: Set<string>;
  /** Nothing but the issue id (search's default). */
  idOnly: boolean;
  /** Nothing but id and/or key: search's large page size applies. */
  keysOnly: boolean;
}

export function selectFields(tokens: string[], defaultTokens: '*all' | '*navigable' | 'id'): FieldSelection {
  const includes = tokens.filter((t) => !t.startsWith('-'));
  const excludes = tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1).toLowerCase());
  const effective = includes.length > 0 ? includes : excludes.length > 0 ? ['*navigable'] : [defaultTokens];
  const fields = new Set<string>();
  let keyAsked = false;
  for (const token of effective) {
    const lower = token.toLowerCase();
    if (lower === '*all') RENDERED_FIELD_IDS.forEach((id) => fields.add(id));
    else if (lower === '*navigable') NAVIGABLE_FIELD_IDS.forEach((id) => fields.add(id));
    else if (lower === 'key' || lower === 'issuekey') keyAsked = true;
    else if (lower === 'id') continue;
    else {
      const known = systemField(token);
      if (known?.rendered) fields.add(known.id);
    }
  }
  for (const id of [...fields]) if (excludes.includes(id.toLowerCase())) fields.delete(id);
  const keysOnly = fields.size === 0;
  return { fields, keysOnly, idOnly: keysOnly && !keyAsked };
}

/** The `properties` parameter: property keys, `*all`, `-key` to exclude. Null means none asked. */
export function selectProperties(tokens: string[], available: Iterable<string>): string[] {
  const includes = tokens.filter((t) => !t.startsWith('-'));
  const excludes = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const all = [...available];
  const chosen = includes.includes('*all') ? all : includes.filter((key) => all.includes(key));
  return chosen.filter((key) => !excludes.has(key));
}
