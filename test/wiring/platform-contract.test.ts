/**
 * Wiring against Forge's and Jira's contracts, read from the code itself so a change that breaks
 * them fails here before it reaches a site:
 * - JQL in src/ names only entity-property paths a `jira:entityProperty` module indexes (Jira
 *   searches nothing else), and the indexed paths are fields of the values the app writes;
 * - queue consumers are in the @forge/events 2 form: a `function` module, its handler a plain
 *   function of the AsyncEvent (and the context), never a Resolver;
 * - every trigger event is filtered: `ignoreSelf`, and an expression Forge can evaluate, reading at
 *   most 5 entity-property paths that are fields of the values the app writes.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger/
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { parseExpression, runtimePropertyPaths } from '../../sandbox/host/jira-expression';
import { ACTION_TASK_PROPERTY_KEY, ActionTaskMarkerSchema } from '../../src/domain/actions';
import { MetricsSettingsSchema } from '../../src/domain/metrics';
import { POSTMORTEM_PROPERTY_KEY, PostmortemDocumentSchema } from '../../src/domain/postmortem';
import { SETTINGS_PROPERTY_KEY } from '../../src/services/settings';
import * as entry from '../../src/index';

const root = path.resolve(__dirname, '../..');
type Module = Record<string, unknown>;
const manifest = parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as { modules: Record<string, Module[]> };

/** The issue properties the app writes, with the schema of their values. */
const WRITTEN: Record<string, z.ZodObject> = {
  [POSTMORTEM_PROPERTY_KEY]: PostmortemDocumentSchema as unknown as z.ZodObject,
  [ACTION_TASK_PROPERTY_KEY]: ActionTaskMarkerSchema,
  [SETTINGS_PROPERTY_KEY]: MetricsSettingsSchema as unknown as z.ZodObject,
};

/** The entity each property the app writes is on. */
const WRITTEN_ON: Record<string, string> = {
  [POSTMORTEM_PROPERTY_KEY]: 'issue',
  [ACTION_TASK_PROPERTY_KEY]: 'issue',
  [SETTINGS_PROPERTY_KEY]: 'project',
};

/** "<key> <path>" for each path a jira:entityProperty module indexes on issues, and its searchAlias. */
function indexedPaths(): { paths: Set<string>; aliases: Set<string> } {
  const paths = new Set<string>();
  const aliases = new Set<string>();
  for (const module of manifest.modules['jira:entityProperty'] ?? []) {
    if ((module.entityType ?? 'issue') !== 'issue') continue;
    for (const value of module.values as Array<{ path: string; searchAlias?: string }>) {
      paths.add(`${String(module.propertyKey)} ${value.path}`);
      if (value.searchAlias) aliases.add(value.searchAlias);
    }
  }
  return { paths, aliases };
}

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The string value of every `export const NAME = '...'` in src/, to read names used in template literals. */
function exportedStrings(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of sources('src')) {
    for (const m of fs.readFileSync(path.join(root, file), 'utf8').matchAll(/export const (\w+) = '([^']*)'/g)) out.set(m[1], m[2]);
  }
  return out;
}

/**
 * Every `issue.property[key].path` a source names, with `${CONSTANT}` keys resolved; an unresolvable
 * key is reported as such (it could name anything).
 */
function propertyClausesOf(text: string, constants: ReadonlyMap<string, string>): string[] {
  return [...text.matchAll(/issue\.property\[\s*(\$\{(\w+)\}|[\w.-]+)\s*\]\.([\w.]+)/g)].map((m) => {
    const key = m[2] !== undefined ? constants.get(m[2]) ?? `<unresolved ${m[2]}>` : m[1];
    return `${key} ${m[3]}`;
  });
}

function isField(key: string, fieldPath: string): boolean {
  const schema = WRITTEN[key];
  if (!schema) return false;
  let shape: Record<string, unknown> | undefined = schema.shape as Record<string, unknown>;
  for (const segment of fieldPath.split('.')) {
    const field = shape?.[segment] as { unwrap?: () => unknown; shape?: Record<string, unknown> } | undefined;
    if (!field) return false;
    const inner = (field.unwrap ? field.unwrap() : field) as { shape?: Record<string, unknown> };
    shape = inner.shape;
  }
  return true;
}

describe('JQL over entity properties', () => {
  const { paths } = indexedPaths();
  const constants = exportedStrings();

  it('names only paths a jira:entityProperty module indexes', () => {
    const named = sources('src').flatMap((file) => propertyClausesOf(fs.readFileSync(path.join(root, file), 'utf8'), constants).map((clause) => ({ file, clause })));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(({ clause }) => !paths.has(clause)).map(({ file, clause }) => `${file}: issue.property[${clause.replace(' ', '].')}`)).toEqual([]);
  });

  it('would catch a clause over an unindexed path (the check can fail)', () => {
    const clauses = propertyClausesOf('const jql = `issue.property[${ACTION_TASK_PROPERTY_KEY}].incident = "QA-1"`;', constants);
    expect(clauses).toEqual(['qa-postmortem-action incident']);
    expect(paths.has(clauses[0])).toBe(false);
    expect(propertyClausesOf('issue.property[${NOT_A_CONSTANT}].x', constants)).toEqual(['<unresolved NOT_A_CONSTANT> x']);
  });

  it('indexes only fields of the values the app writes', () => {
    expect([...paths].filter((p) => !isField(p.split(' ')[0], p.split(' ')[1]))).toEqual([]);
  });
});

describe('queue consumers', () => {
  const consumers = manifest.modules.consumer ?? [];
  const functions = new Map((manifest.modules.function ?? []).map((f) => [String(f.key), String(f.handler)]));

  it('are function modules (the @forge/events 2 form), never resolver: {function, method}', () => {
    // None since issue 10: the metrics are counts computed in the resolver. A consumer added again must keep the form.
    expect(consumers.filter((c) => c.resolver !== undefined || typeof c.function !== 'string').map((c) => c.key)).toEqual([]);
  });

  it('hand the AsyncEvent to a plain function, not to a Resolver', () => {
    for (const consumer of consumers) {
      const handler = functions.get(String(consumer.function)) ?? '';
      const exported = (entry as Record<string, unknown>)[handler.split('.')[1]];
      expect({ consumer: consumer.key, type: typeof exported }).toEqual({ consumer: consumer.key, type: 'function' });
      expect((exported as { getDefinitions?: unknown }).getDefinitions).toBeUndefined();
      expect((exported as (...args: unknown[]) => unknown).length).toBeLessThanOrEqual(2);
    }
  });
});

describe('product-event triggers', () => {
  const events = (manifest.modules.trigger ?? []).flatMap((t) => (t.events as Array<string | { eventType: string; filter?: Record<string, unknown> }>)
    .map((e) => ({
      module: String(t.key),
      ...(typeof e === 'string' ? { eventType: e, filter: t.filter as Record<string, unknown> | undefined } : { eventType: e.eventType, filter: e.filter ?? (t.filter as Record<string, unknown> | undefined) }),
    })));

  it('filter every Jira event: the follow-through trigger takes only marked tasks and not the app\'s own changes; the metrics one every change it could count', () => {
    expect(events.length).toBeGreaterThan(0);
    const followThrough = events.filter((e) => e.module === 'issue-events');
    expect(followThrough.filter((e) => e.filter?.ignoreSelf !== true || typeof e.filter?.expression !== 'string').map((e) => e.eventType)).toEqual([]);
    // The app's own changes (its tasks) are figures too; a deletion cannot be filtered by properties.
    const metrics = events.filter((e) => e.module === 'metrics-changes');
    expect(metrics.filter((e) => typeof e.filter?.expression !== 'string').map((e) => e.eventType)).toEqual(['avi:jira:deleted:issue']);
    // The app's own life cycle, once an install or major upgrade: nothing to filter.
    const lifecycle = events.filter((e) => e.module === 'app-lifecycle');
    expect(lifecycle.map((e) => e.eventType)).toEqual(['avi:forge:installed:app', 'avi:forge:upgraded:app']);
    expect(events.length).toBe(followThrough.length + metrics.length + lifecycle.length);
  });

  it('use expressions Forge can evaluate, reading at most 5 property paths, each a field the app writes', () => {
    const read = new Set<string>();
    for (const { filter } of events) {
      if (typeof filter?.expression !== 'string') continue;
      for (const p of runtimePropertyPaths(parseExpression(filter.expression))) {
        // A path must end at a primitive ("If a path resolves to a nested object, the value will be null").
        expect({ entity: p.entity, key: p.key, path: p.path.join('.'), isField: isField(p.key, p.path.join('.')) })
          .toEqual({ entity: WRITTEN_ON[p.key], key: p.key, path: p.path.join('.'), isField: true });
        expect(p.path.length).toBeGreaterThan(0);
        read.add(`${p.entity} ${p.key} ${p.path.join('.')}`);
      }
    }
    expect(read.size).toBeGreaterThan(0);
    expect(read.size).toBeLessThanOrEqual(5);
  });
});
