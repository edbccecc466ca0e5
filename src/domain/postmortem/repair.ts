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
  /** The refused value as stored (JSON, clipped), so a person can see it and enter it again correctly. */
  was: string;
}

const WAS_MAX_CHARS = 200;

function shown(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > WAS_MAX_CHARS ? `${text.slice(0, WAS_MAX_CHARS - 1)}…` : text;
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
 * Paths as stored: after an entry is left out, the entries behind it move up in the working copy,
 * so each index is shifted back past the entries removed before it from the same list.
 */
class StoredPaths {
  private readonly removed = new Map<string, number[]>();

  of(path: readonly PropertyKey[]): (string | number)[] {
    const stored: (string | number)[] = [];
    for (const segment of path) {
      if (typeof segment === 'number') {
        let index = segment;
        for (const gone of this.removed.get(stored.join('.')) ?? []) if (gone <= index) index += 1;
        stored.push(index);
      } else {
        stored.push(String(segment));
      }
    }
    return stored;
  }

  /** Notes that the entry at working `index` of the list at working `listPath` was left out. */
  remove(listPath: readonly PropertyKey[], index: number): void {
    const storedEntry = this.of([...listPath, index]);
    const key = storedEntry.slice(0, -1).join('.');
    const list = this.removed.get(key) ?? [];
    list.push(storedEntry[storedEntry.length - 1] as number);
    this.removed.set(key, list.sort((a, b) => a - b));
  }
}

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
  const storedPaths = new StoredPaths();
  const named = (path: readonly PropertyKey[]) => storedPaths.of(path).join('.');
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
      const [removed] = list.splice(last, 1);
      repairs.push({ path: named([...path, last]), problem: issue.message, action: 'removed', was: shown(removed) });
      storedPaths.remove(path, last);
    } else if (entry) {
      const [listPath, index] = entry;
      const was = shown(valueAt(working, path));
      (valueAt(working, listPath) as unknown[]).splice(index, 1);
      repairs.push({ path: named(path), problem: issue.message, action: 'removed', was });
      storedPaths.remove(listPath, index);
    } else if (path.length > 0) {
      const was = shown(valueAt(working, path));
      setAt(working, path, structuredClone(valueAt(empty, path)));
      repairs.push({ path: named(path), problem: issue.message, action: 'reset', was });
    } else {
      break;
    }
  }
  throw new PostmortemDocumentError('The post-mortem document could not be repaired', repairs.map((r) => `${r.path}: ${r.problem}`));
}
