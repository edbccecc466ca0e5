/**
 * A stored post-mortem the app cannot accept as it is (a value written straight through Jira's REST
 * API, an evidence link that is not http(s), a field of the wrong type) must never lock its users
 * out: it is shown with each unusable value left out or reset to empty, and each repair named, so the
 * next save stores a valid document. Nothing is repaired silently, and a document from a newer
 * version of the app is still refused (repairing it would throw away what this version cannot read).
 */
import type { z } from 'zod';
import {
  emptyDocument, migrateDocument, PostmortemDocumentError, PostmortemDocumentSchema, upgradeToCurrent, type IncidentRef, type PostmortemDocument,
} from './document';
import { withIndexSummary } from './summary';

export interface DocumentRepair {
  /** Where, e.g. "gather.evidence.2.url". */
  path: string;
  /** What was wrong, in the schema's words. */
  problem: string;
  /** What the app did: left the list entry out, or reset the value. */
  action: 'removed' | 'reset';
}

export interface RepairedDocument {
  document: PostmortemDocument;
  repairs: DocumentRepair[];
}

type Json = Record<string, unknown> | unknown[];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The innermost list entry on `path`, as [the list's path, the entry's index], if the path has one. */
function innermostEntry(root: unknown, path: readonly PropertyKey[]): [PropertyKey[], number] | undefined {
  for (let i = path.length - 1; i > 0; i -= 1) {
    const index = path[i];
    if (typeof index === 'number' && Array.isArray(valueAt(root, path.slice(0, i)))) return [path.slice(0, i) as PropertyKey[], index];
  }
  return undefined;
}

function setAt(root: Json, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') (parent as Record<PropertyKey, unknown>)[path[path.length - 1]] = value;
}

const ROUNDS = 50;

/**
 * The document as stored when it is valid (no repairs); else with every value the schema refuses
 * removed (a list entry) or reset to the empty document's (anything else), naming each repair.
 * Throws PostmortemDocumentError when it cannot be made valid (not an object, a newer schema).
 */
export function readOrRepairDocument(raw: unknown, incident: IncidentRef, now: Date): RepairedDocument {
  try {
    return { document: migrateDocument(raw), repairs: [] };
  } catch (error) {
    if (!(error instanceof PostmortemDocumentError)) throw error;
  }
  const working = structuredClone(upgradeToCurrent(raw).value);
  const empty = emptyDocument(incident, now) as unknown as Record<string, unknown>;
  const repairs: DocumentRepair[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const parsed = PostmortemDocumentSchema.safeParse(working);
    if (parsed.success) return { document: withIndexSummary(parsed.data), repairs };
    const issue: z.core.$ZodIssue = parsed.error.issues[0];
    const path = issue.path;
    const entry = innermostEntry(working, path);
    const list = valueAt(working, path);
    const duplicate = /^Duplicate id "(.*)"$/.exec(issue.message);
    if (duplicate && Array.isArray(list)) {
      const last = list.map((e) => (e as { id?: unknown } | null)?.id).lastIndexOf(duplicate[1]);
      list.splice(last, 1);
      repairs.push({ path: `${path.map(String).join('.')}.${last}`, problem: issue.message, action: 'removed' });
    } else if (entry) {
      const [listPath, index] = entry;
      (valueAt(working, listPath) as unknown[]).splice(index, 1);
      repairs.push({ path: path.map(String).join('.'), problem: issue.message, action: 'removed' });
    } else if (path.length > 0) {
      setAt(working, path, structuredClone(valueAt(empty, path)));
      repairs.push({ path: path.map(String).join('.'), problem: issue.message, action: 'reset' });
    } else {
      break;
    }
  }
  throw new PostmortemDocumentError('The post-mortem document could not be repaired', repairs.map((r) => `${r.path}: ${r.problem}`));
}
