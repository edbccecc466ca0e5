/**
 * The property-based reliability suite (test/reliability/*.property.test.ts): for every resolver key
 * of src/contract.ts, generated payloads (arbitrary JSON; a valid payload with one field of the wrong
 * type, 40,000 characters, control or unpaired unicode characters, prototype-pollution keys, deep
 * nesting, huge arrays, or a field the call does not take; valid-looking payloads carrying
 * `<script>`, `javascript:` and JQL-breaking text) and Forge contexts (the incident, another
 * project's issue, a non-incident, an unknown issue, no issue; alice, bob, carol, dave who may only
 * read, eve who sees nothing) go through the local Forge host as the UI's invoke does. Every answer
 * must be:
 *
 * - a well-formed envelope: `{ok: true, data}` with 200, or `{ok: false, error}` returned (not
 *   thrown) with a contract code, the HTTP status of that code and a message; never INTERNAL or 500;
 * - for a VALIDATION refusal of the payload, `details.issues` as [{path: [...], message}];
 * - for a payload the contract's schema refuses, that refusal before anything else: VALIDATION, and
 *   not one Jira request;
 * - for a field the call does not take (added to an otherwise valid payload), a refusal that names it;
 * - for any refusal, nothing written: no Jira write (any method but GET, other than the read-only
 *   POSTs of src/jira/endpoints.ts) that Jira accepted, and Forge storage exactly as before;
 * - and never a change to a built-in prototype (the host runs the resolver in this process).
 *
 * A success is only checked for its envelope: a fully valid save may legitimately write. After any
 * case that changed Jira or storage, the site is rebuilt before the next one, so every case starts
 * from the same fixture and a counterexample replays (fixed seed per key; dates are relative to
 * today, so that due dates stay in the future).
 *
 * The two issues this suite found (known-issues.test.ts) are fixed: fields named like
 * Object.prototype members (`constructor`, `__proto__`, ...) are refused by name, and a CONFLICT
 * leaves Forge storage as it was; nothing is let through any more.
 *
 * Counts: test-results/reliability/property-cases.json ({key: cases run}) and
 * property-outcomes.json ({key: {answer code: count}}), merged from the three files' parts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { ZodType } from 'zod';
import {
  CompletePostmortemPayloadSchema,
  CreateActionItemsPayloadSchema,
  UpdateActionTasksPayloadSchema,
  ERROR_CODES,
  GetActionItemDefaultsPayloadSchema,
  GetPostmortemPayloadSchema,
  GetPostmortemStatusPayloadSchema,
  GetSettingsPayloadSchema,
  HTTP_STATUS_BY_CODE,
  IncidentMetricsPayloadSchema,
  ListProjectsPayloadSchema,
  TestMetricsPayloadSchema,
  IncidentTestCoveragePayloadSchema,
  SaveXrayKeyPayloadSchema,
  DeleteXrayKeyPayloadSchema,
  WatchedFiguresPayloadSchema,
  ProjectMetricsPayloadSchema,
  RESOLVER_KEYS,
  SavePostmortemPayloadSchema,
  SaveSettingsPayloadSchema,
  SearchAssignableUsersPayloadSchema,
  type ErrorCode,
  type ResolverKey,
} from '../../src/contract';
import {
  ACTION_ITEM_PRIORITIES, ACTION_ITEM_TYPES, EVIDENCE_KINDS, PROBE_ANSWERS, ROOT_CAUSE_CATEGORIES, SEVERITIES,
  type PostmortemDocument,
} from '../../src/domain/postmortem';
import { ENDPOINTS } from '../../src/jira/endpoints';
import { ISSUE_TYPES } from '../../sandbox/seed/base';
import { DEMO_XRAY_API_KEY } from '../../sandbox/xray/demo-runs';
import { XRAY_REGIONS } from '../../src/xray/regions';
import { WATCHED_FIGURES } from '../../src/domain/postmortem/vocabulary';
import type { RequestLogEntry } from '../../sandbox/emulator/request-log';
import type { Sandbox } from '../helpers/sandbox';
import { sandboxPerFile, type SandboxPerFileHooks } from '../helpers/sandbox-per-file';
import { actionItemFor, workedDocument } from '../helpers/postmortem-builders';
import { incidentImport } from '../integration/postmortem/panel-client';

// ---------------------------------------------------------------------------------------------
// Settings of the run
// ---------------------------------------------------------------------------------------------

/** Generated cases per resolver key. */
export const NUM_RUNS = 300;
/** The base of every key's seed: a key's cases are the same on every run (see seedOf). */
export const BASE_SEED = 0x5eed_2026;

/** Which test file runs which keys: two workers run the files side by side. */
export const SUITES = {
  postmortem: ['getPostmortem', 'savePostmortem', 'completePostmortem', 'getPostmortemStatus'],
  actions: ['createActionItems', 'updateActionTasks', 'searchAssignableUsers', 'getActionItemDefaults', 'getIncidentMetrics', 'getIncidentTestCoverage', 'getWatchedFigures'],
  metrics: ['getSettings', 'saveSettings', 'getProjectMetrics', 'listProjects', 'getTestMetrics', 'saveXrayKey', 'deleteXrayKey'],
} as const satisfies Record<string, readonly ResolverKey[]>;
export type SuiteName = keyof typeof SUITES;

/** A fixed seed per key, from its name, so adding a key changes no other key's cases. */
export function seedOf(key: ResolverKey): number {
  let hash = BASE_SEED;
  for (const ch of key) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash | 0;
}

const RESULTS_DIR = path.resolve(__dirname, '../../test-results/reliability');

// ---------------------------------------------------------------------------------------------
// The payload each key's schema validates (the oracle for "refused before anything else")
// ---------------------------------------------------------------------------------------------

export const PAYLOAD_SCHEMAS: Record<ResolverKey, ZodType> = {
  getPostmortem: GetPostmortemPayloadSchema,
  savePostmortem: SavePostmortemPayloadSchema,
  completePostmortem: CompletePostmortemPayloadSchema,
  getPostmortemStatus: GetPostmortemStatusPayloadSchema,
  getSettings: GetSettingsPayloadSchema,
  saveSettings: SaveSettingsPayloadSchema,
  getProjectMetrics: ProjectMetricsPayloadSchema,
  getIncidentMetrics: IncidentMetricsPayloadSchema,
  listProjects: ListProjectsPayloadSchema,
  getTestMetrics: TestMetricsPayloadSchema,
  getIncidentTestCoverage: IncidentTestCoveragePayloadSchema,
  saveXrayKey: SaveXrayKeyPayloadSchema,
  deleteXrayKey: DeleteXrayKeyPayloadSchema,
  getWatchedFigures: WatchedFiguresPayloadSchema,
  createActionItems: CreateActionItemsPayloadSchema,
  updateActionTasks: UpdateActionTasksPayloadSchema,
  searchAssignableUsers: SearchAssignableUsersPayloadSchema,
  getActionItemDefaults: GetActionItemDefaultsPayloadSchema,
};

// ---------------------------------------------------------------------------------------------
// Forge contexts
// ---------------------------------------------------------------------------------------------

export const MODULES = {
  panel: 'qa-postmortem-panel',
  context: 'qa-postmortem-context',
  gadget: 'qa-metrics-gadget',
  settings: 'qa-postmortem-settings',
} as const;
type ModuleName = keyof typeof MODULES;

export const USER_NAMES = ['alice', 'bob', 'carol', 'dave', 'eve'] as const;
type UserName = (typeof USER_NAMES)[number];

/**
 * The extension a module's frontend would send, symbolically (resolved against the fixture when the
 * case runs): an issue with its project, a project alone, or nothing.
 */
export type ExtensionChoice =
  | 'incident' // the QA incident with a saved, complete-ready post-mortem (revision 1)
  | 'fresh-incident' // a QA incident without a post-mortem
  | 'non-incident' // a Bug in QA
  | 'other-project' // a Task in OPS
  | 'unknown-issue' // QA-999, which does not exist
  | 'no-issue' // the project only
  | 'project:QA' | 'project:OPS' | 'project:NOPE'
  | 'empty' // {}
  | 'none'; // no extension at all

export interface ContextChoice {
  user: UserName;
  module: ModuleName;
  extension: ExtensionChoice;
}

const users: fc.Arbitrary<UserName> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<UserName>('alice') },
  { weight: 2, arbitrary: fc.constant<UserName>('bob') },
  { weight: 1, arbitrary: fc.constant<UserName>('carol') },
  { weight: 2, arbitrary: fc.constant<UserName>('dave') },
  { weight: 2, arbitrary: fc.constant<UserName>('eve') },
);

const issueExtensions: fc.Arbitrary<ExtensionChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ExtensionChoice>('incident') },
  { weight: 2, arbitrary: fc.constant<ExtensionChoice>('fresh-incident') },
  { weight: 1, arbitrary: fc.constantFrom<ExtensionChoice>('non-incident', 'other-project', 'unknown-issue', 'no-issue', 'empty', 'none') },
);

function issueContexts(module: ModuleName): fc.Arbitrary<ContextChoice> {
  return fc.record({ user: users, module: fc.constant(module), extension: issueExtensions });
}

const settingsContexts: fc.Arbitrary<ContextChoice> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ user: users, module: fc.constant<ModuleName>('settings'), extension: fc.constantFrom<ExtensionChoice>('project:QA', 'project:QA', 'project:OPS', 'project:NOPE', 'none') }) },
  { weight: 2, arbitrary: fc.record({ user: users, module: fc.constant<ModuleName>('gadget'), extension: fc.constantFrom<ExtensionChoice>('none', 'empty') }) },
  { weight: 1, arbitrary: fc.record({ user: users, module: fc.constant<ModuleName>('panel'), extension: issueExtensions }) },
);

const gadgetContexts: fc.Arbitrary<ContextChoice> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ user: users, module: fc.constant<ModuleName>('gadget'), extension: fc.constantFrom<ExtensionChoice>('none', 'empty') }) },
  { weight: 1, arbitrary: fc.record({ user: users, module: fc.constant<ModuleName>('panel'), extension: issueExtensions }) },
);

// ---------------------------------------------------------------------------------------------
// Values: hostile strings, nasty values, deep and huge shapes
// ---------------------------------------------------------------------------------------------

export const LONG_STRING = 'x'.repeat(40_000);
const LONG_UNICODE = '\u00e9\u{1F4A5}'.repeat(20_000);

export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.domain)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'https://user:secret@evil.example.com/login',
  'https://evil.example.com/"><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '${process.env}',
  "') OR project = OPS OR ('",
  '" OR 1=1 OR "',
  'labels = x ORDER BY created',
  'Bug") OR ("a" = "a',
  '../../../rest/api/3/issue/QA-1/properties/qa-postmortem',
  '%2e%2e%2f%2e%2e%2fadmin',
  'QA-1?expand=renderedFields#x',
  '\r\nSet-Cookie: session=stolen',
  '\u0000',
  '\u0000\u0001\u0007\u001b[31m\u007f',
  '\u202eevil\u202c',
  '\u200b\u200d\ufeff',
  '\ud800',
  '\udfff\ud800',
  '   ',
  '',
] as const;

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const controlString = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 });
const unicodeString = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
/** Lone surrogates survive JSON.stringify as escapes: what a broken client could send. */
const surrogateString = fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 8 })
  .map((codes) => String.fromCharCode(...codes));

/** An object with an own `__proto__` key, as JSON.parse makes one (a literal `__proto__:` sets the prototype instead). */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

const pollutionValues: fc.Arbitrary<unknown> = fc.constantFrom(
  () => withOwnKey({}, '__proto__', { polluted: 'yes', isAdmin: true }),
  () => withOwnKey({}, '__proto__', { toString: 'x' }),
  () => ({ constructor: { prototype: { polluted: 'yes' } } }),
  () => ({ prototype: { polluted: 'yes' } }),
  () => withOwnKey({ a: 1 }, '__proto__', null),
).map((make) => make());

function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

const deepValues = fc.tuple(fc.integer({ min: 40, max: 500 }), fc.boolean()).map(([depth, asArray]) => nested(depth, asArray));
const hugeArrays = fc.tuple(fc.integer({ min: 1_000, max: 50_000 }), fc.constantFrom<unknown>(0, 'x', null, {}, 'QA-1'))
  .map(([length, item]) => Array.from({ length }, () => item));

/** A value of the wrong type or shape for almost any field. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, '', ' ', [], {}, '0', 'null', 'true', '1e999') },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(LONG_STRING, LONG_UNICODE) },
  { weight: 2, arbitrary: fc.oneof(controlString, unicodeString, surrogateString, hostileString) },
  { weight: 1, arbitrary: deepValues },
  { weight: 1, arbitrary: hugeArrays },
  { weight: 1, arbitrary: pollutionValues },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/**
 * Field names no payload schema has anywhere (src/contracts, src/domain/postmortem/document.ts,
 * src/domain/metrics/settings.ts), so adding one to a valid payload must be refused by name.
 */
export const UNKNOWN_FIELD_NAMES = ['issueKey', 'issueId', 'isAdmin', 'role', 'projectId', 'extra', 'cloudId', 'jql', 'x-debug', 'data', ''] as const;
/** The top-level fields of every payload, for arbitrary objects that look a little like one. */
const PAYLOAD_FIELDS = ['document', 'baseRevision', 'projectKey', 'settings', 'from', 'to', 'groupBy', 'component', 'fixVersion', 'refresh', 'jobId', 'query'] as const;

/** Names Object.prototype has: the payload policy refuses them by name too (known-issues.test.ts, issue 1). */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'] as const;

// ---------------------------------------------------------------------------------------------
// Valid payloads per key
// ---------------------------------------------------------------------------------------------

export const NOW = new Date();
const DAY = 86_400_000;
const today = NOW.toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString().slice(0, 10);

/** The post-mortem the fixture saves on the incident (revision 1 once saved): complete-ready, one action item without a task. */
export function fixtureDocument(): PostmortemDocument {
  return workedDocument(NOW, { actionItems: [actionItemFor(NOW)] });
}

/** Stands for the fixture's queued metrics job id; replaced when the case runs. */
const FIXTURE_METRICS_REQUEST = { projectKey: 'QA', from: dayOffset(-30), to: today, groupBy: 'component' } as const;

const freeText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: hostileString },
);

/** A valid document (as the panel would send it) with some fields drawn, based on the fixture's. */
const validDocument: fc.Arbitrary<PostmortemDocument> = fc.record({
  severity: fc.constantFrom(...SEVERITIES, null),
  impactSummary: freeText,
  usersAffected: fc.option(fc.nat({ max: 10_000_000 }), { nil: null }),
  evidenceUrl: fc.oneof(fc.webUrl({ validSchemes: ['https', 'http'] }), fc.constant('https://grafana.example.com/d/payments')),
  evidenceKind: fc.constantFrom(...EVIDENCE_KINDS),
  eventText: freeText,
  why: freeText,
  category: fc.constantFrom(...ROOT_CAUSE_CATEGORIES, null),
  probe: fc.constantFrom(...PROBE_ANSWERS, null),
  actionTitle: freeText,
  actionType: fc.constantFrom(...ACTION_ITEM_TYPES, null),
  actionPriority: fc.constantFrom(...ACTION_ITEM_PRIORITIES),
  dueInDays: fc.integer({ min: -10, max: 400 }),
  owner: fc.constantFrom<string | null>('712020:bob-0002', '712020:eve-0005', '712020:nobody-9999', null),
}).map((d) => {
  const base = fixtureDocument();
  return {
    ...base,
    revision: 1,
    gather: {
      ...base.gather,
      severity: d.severity,
      impactSummary: d.impactSummary,
      usersAffected: d.usersAffected,
      evidence: [{ label: d.eventText, url: d.evidenceUrl, kind: d.evidenceKind }],
    },
    timeline: { ...base.timeline, events: base.timeline.events.map((e) => ({ ...e, text: d.eventText })) },
    rootCause: { ...base.rootCause, whys: base.rootCause.whys.map((w, i) => (i === 0 ? { ...w, answer: d.why } : w)), category: d.category },
    probes: { ...base.probes, riskAssessment: { ...base.probes.riskAssessment, answer: d.probe } },
    actionItems: base.actionItems.map((item) => ({
      ...item, title: d.actionTitle, type: d.actionType, priority: d.actionPriority, dueDate: dayOffset(d.dueInDays), ownerAccountId: d.owner,
    })),
  };
});

const revisions = fc.constantFrom(1, 1, 1, 0, 2, 41);
const projectKeys = fc.constantFrom('QA', 'QA', 'OPS', 'NOPE');
const oddDays = fc.constantFrom('2016-02-29', '1970-01-01', '2999-12-31', '2025-02-29', '2025-13-01', '20250101');
/** from and to: mostly an ordered period within the last two years, sometimes reversed, odd or over ten years long. */
const periods = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -800, max: 0 }), fc.integer({ min: 0, max: 400 })).map(([start, length]) => ({ from: dayOffset(start), to: dayOffset(Math.min(start + length, 30)) })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -800, max: 30 }), fc.integer({ min: -800, max: 30 })).map(([a, b]) => ({ from: dayOffset(a), to: dayOffset(b) })) },
  { weight: 1, arbitrary: fc.tuple(oddDays, oddDays).map(([from, to]) => ({ from, to })) },
);

const settingsValues = fc.record({
  defectIssueTypes: fc.constantFrom(['Bug'], ['Bug', 'Story'], ['bug', 'BUG'], ['Nope']),
  escapedDefectJql: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('labels = found-in-production', 'priority = High', 'lables = x', 'project = OPS', 'status = Done OR assignee = currentUser()', 'text ~ "a(b"') },
    { weight: 1, arbitrary: hostileString },
  ),
  invalidResolutions: fc.constantFrom([], ['Duplicate'], ["Won't Do", 'Nope']),
  incidentIssueTypes: fc.constantFrom(['Incident'], ['Incident', 'Bug']),
  actionItemProjectKey: fc.constantFrom('QA', 'OPS', 'NOPE'),
  actionItemIssueType: fc.constantFrom('Task', 'Bug', 'Epic'),
  dueDateWeeks: fc.record({ high: fc.integer({ min: 1, max: 104 }), other: fc.integer({ min: 1, max: 104 }) }),
  targets: fc.record({ leakageRate: fc.double({ min: 0, max: 100, noNaN: true }), reopenRate: fc.integer({ min: 0, max: 100 }) }),
}, { requiredKeys: [] });

const emptyPayload: fc.Arbitrary<unknown> = fc.constantFrom<unknown>({}, {}, {}, undefined, null);

/** A payload of this key that its schema accepts (the resolver may still refuse it for its context or state). */
export const VALID_PAYLOADS: Record<ResolverKey, fc.Arbitrary<unknown>> = {
  getPostmortem: emptyPayload,
  savePostmortem: fc.record({ document: validDocument, baseRevision: revisions }),
  completePostmortem: fc.record({ baseRevision: revisions }),
  getPostmortemStatus: emptyPayload,
  getSettings: fc.record({ projectKey: projectKeys }, { requiredKeys: [] }),
  saveSettings: fc.record({ projectKey: projectKeys, settings: settingsValues }, { requiredKeys: ['settings'] }),
  getProjectMetrics: fc.oneof(
    { weight: 5, arbitrary: fc.tuple(periods, fc.record({
      projectKey: projectKeys,
      groupBy: fc.constantFrom('month', 'release', 'component'),
      component: fc.constantFrom('Payments', 'Nope', 'Pay"ments'),
      fixVersion: fc.constantFrom('1.0', 'Nope'),
      refresh: fc.boolean(),
    }, { requiredKeys: ['projectKey', 'groupBy'] })).map(([period, rest]) => ({ ...rest, ...period })) },
    { weight: 1, arbitrary: fc.constant<unknown>(FIXTURE_METRICS_REQUEST) },
  ),
  getIncidentMetrics: emptyPayload,
  listProjects: fc.record({ query: fc.oneof(fc.string({ maxLength: 100 }), hostileString) }, { requiredKeys: [] }),
  getTestMetrics: fc.record({
    projectKey: projectKeys,
    release: fc.constantFrom('1.6', '1.7', 'Nope', 'Pay"ments'),
    component: fc.constantFrom('Search', 'Nope', 'Pay"ments'),
  }, { requiredKeys: ['projectKey'] }),
  getIncidentTestCoverage: emptyPayload,
  saveXrayKey: fc.record({
    projectKey: projectKeys,
    clientId: fc.oneof(fc.constant(DEMO_XRAY_API_KEY.clientId), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), hostileString.filter((s) => s.trim().length > 0 && s.length <= 200)),
    clientSecret: fc.oneof(fc.constant(DEMO_XRAY_API_KEY.clientSecret), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0)),
    region: fc.constantFrom(...XRAY_REGIONS),
  }, { requiredKeys: ['clientId', 'clientSecret', 'region'] }),
  deleteXrayKey: fc.record({ projectKey: projectKeys }, { requiredKeys: [] }),
  getWatchedFigures: fc.record({ figures: fc.uniqueArray(fc.constantFrom(...WATCHED_FIGURES), { minLength: 1, maxLength: 5 }) }),
  createActionItems: emptyPayload,
  updateActionTasks: emptyPayload,
  searchAssignableUsers: fc.record({ query: fc.oneof(fc.string({ maxLength: 255 }), hostileString) }, { requiredKeys: [] }),
  getActionItemDefaults: emptyPayload,
};

export const CONTEXTS: Record<ResolverKey, fc.Arbitrary<ContextChoice>> = {
  getPostmortem: issueContexts('panel'),
  savePostmortem: issueContexts('panel'),
  completePostmortem: issueContexts('panel'),
  getPostmortemStatus: issueContexts('context'),
  getSettings: settingsContexts,
  saveSettings: settingsContexts,
  getProjectMetrics: gadgetContexts,
  getIncidentMetrics: issueContexts('panel'),
  listProjects: gadgetContexts,
  getTestMetrics: gadgetContexts,
  getIncidentTestCoverage: issueContexts('panel'),
  saveXrayKey: settingsContexts,
  deleteXrayKey: settingsContexts,
  getWatchedFigures: issueContexts('panel'),
  createActionItems: issueContexts('panel'),
  updateActionTasks: issueContexts('panel'),
  searchAssignableUsers: issueContexts('panel'),
  getActionItemDefaults: issueContexts('panel'),
};

// ---------------------------------------------------------------------------------------------
// JSON paths and mutations
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path into `value` (the root included). */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (isObject(value)) return [at, ...Object.keys(value).flatMap((key) => pathsOf(value[key], [...at, key]))];
  return [at];
}

function objectPathsOf(value: unknown): Path[] {
  return pathsOf(value).filter((p) => isObject(getAt(value, p)));
}

function getAt(value: unknown, at: Path): unknown {
  return at.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

/** A copy of `value` (JSON data) with `change` applied to the container at `at`. */
function editAt(value: unknown, at: Path, change: (container: unknown) => unknown): unknown {
  if (at.length === 0) return change(value);
  const [head, ...rest] = at;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? editAt(item, rest, change) : item));
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) withOwnKey(copy, key, key === head ? editAt(value[key], rest, change) : value[key]);
    return copy;
  }
  return value;
}

function setAt(value: unknown, at: Path, next: unknown): unknown {
  return editAt(value, at, () => next);
}

function deleteAt(value: unknown, at: Path): unknown {
  if (at.length === 0) return undefined;
  const key = at[at.length - 1];
  return editAt(value, at.slice(0, -1), (container) => {
    if (Array.isArray(container)) return container.filter((_, i) => i !== key);
    if (!isObject(container)) return container;
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(container)) if (k !== key) withOwnKey(copy, k, container[k]);
    return copy;
  });
}

function addField(value: unknown, at: Path, name: string, field: unknown): unknown {
  return editAt(value, at, (container) => (isObject(container) ? withOwnKey({ ...container }, name, field) : container));
}

/** Every string leaf replaced by pick(i) when it gives one (i counts the string leaves). */
function replaceStrings(value: unknown, pick: (i: number) => string | undefined, counter = { i: 0 }): unknown {
  if (typeof value === 'string') return pick(counter.i++) ?? value;
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, pick, counter));
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) withOwnKey(copy, key, replaceStrings(value[key], pick, counter));
    return copy;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

export type CaseKind = 'arbitrary' | 'mutated' | 'unknown-field' | 'hostile' | 'valid';

export interface Case {
  kind: CaseKind;
  context: ContextChoice;
  /** Omitted from the invoke body when undefined. */
  payload: unknown;
  /** What was done to the valid payload, for the report. */
  note?: string;
  /** For 'unknown-field': where the field was added. */
  added?: Path;
}

function mutatedPayloads(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Pick<Case, 'payload' | 'note'>> {
  return valid.chain((base) => {
    const paths = pathsOf(base);
    const objects = objectPathsOf(base);
    const operations: fc.Arbitrary<Pick<Case, 'payload' | 'note'>>[] = [
      fc.tuple(fc.constantFrom(...paths), nastyValue).map(([at, value]) => ({ payload: setAt(base, at, value), note: `replaced ${JSON.stringify(at)}` })),
      fc.constantFrom(...paths).map((at) => ({ payload: deleteAt(base, at), note: `deleted ${JSON.stringify(at)}` })),
    ];
    if (objects.length > 0) {
      operations.push(fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...PROTOTYPE_NAMES), nastyValue)
        .map(([at, name, value]) => ({ payload: addField(base, at, name, value), note: `added ${JSON.stringify([...at, name])}` })));
    }
    return fc.oneof(...operations);
  });
}

function unknownFieldPayloads(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Pick<Case, 'payload' | 'note' | 'added'>> {
  return valid.filter((base) => objectPathsOf(base).length > 0).chain((base) =>
    fc.tuple(fc.constantFrom(...objectPathsOf(base)), fc.constantFrom(...UNKNOWN_FIELD_NAMES), fc.jsonValue({ maxDepth: 2 }))
      .map(([at, name, value]) => ({ payload: addField(base, at, name, value), note: `added ${JSON.stringify([...at, name])}`, added: [...at, name] })));
}

function hostilePayloads(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Pick<Case, 'payload' | 'note'>> {
  const picks = fc.array(fc.tuple(fc.nat(), hostileString), { minLength: 1, maxLength: 3 });
  return fc.tuple(valid, picks).map(([base, chosen]) => {
    const count = pathsOf(base).filter((p) => typeof getAt(base, p) === 'string').length;
    if (count === 0) return { payload: base, note: 'no string to make hostile' };
    const at = new Map(chosen.map(([n, text]) => [n % count, text]));
    return { payload: replaceStrings(base, (i) => at.get(i)), note: `hostile strings at string leaves ${[...at.keys()].join(', ')}` };
  });
}

/** Every kind of case for one key, with its contexts. */
export function casesFor(key: ResolverKey): fc.Arbitrary<Case> {
  const valid = VALID_PAYLOADS[key];
  const context = CONTEXTS[key];
  const withKind = <T extends Omit<Case, 'kind' | 'context'>>(kind: CaseKind, payloads: fc.Arbitrary<T>) =>
    fc.tuple(payloads, context).map(([p, ctx]): Case => ({ kind, context: ctx, ...p }));
  return fc.oneof(
    { weight: 3, arbitrary: withKind('arbitrary', fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }),
      fc.dictionary(fc.oneof(fc.constantFrom(...PAYLOAD_FIELDS), fc.string()), nastyValue, { maxKeys: 4 }),
    ).map((payload) => ({ payload }))) },
    { weight: 5, arbitrary: withKind('mutated', mutatedPayloads(valid)) },
    { weight: 2, arbitrary: withKind('unknown-field', unknownFieldPayloads(valid)) },
    { weight: 3, arbitrary: withKind('hostile', hostilePayloads(valid)) },
    { weight: 2, arbitrary: withKind('valid', valid.map((payload) => ({ payload }))) },
  ).map(printable);
}

/** fast-check prints a counterexample with its own recursive printer, which a 500-deep payload overflows: print it as short JSON. */
function printable(c: Case): Case {
  Object.defineProperty(c, fc.toStringMethod, { value: () => short(c, 4000), enumerable: false });
  return c;
}

// ---------------------------------------------------------------------------------------------
// The fixture: an empty site with the issues the contexts name
// ---------------------------------------------------------------------------------------------

interface IssueRef { key: string; id: string; type: string; typeId: string; project: { key: string; id: string } }

export interface Fixture {
  issues: Record<'incident' | 'fresh-incident' | 'non-incident' | 'other-project' | 'unknown-issue', IssueRef>;
  /** The queued metrics job's id (metrics suite only). */
}

const PROJECT_IDS: Record<string, string> = { QA: '10000', OPS: '10001', NOPE: '19999' };

function refOf(sandbox: Sandbox, key: string): IssueRef {
  const issue = sandbox.emulator.store.issueByIdOrKey(key);
  if (!issue) throw new Error(`The fixture has no issue ${key}`);
  const project = sandbox.emulator.store.projectById(issue.projectId);
  const typeId = issue.fields.issueTypeId;
  const type = ISSUE_TYPES.find((t) => t.id === typeId)?.name ?? typeId;
  return { key, id: issue.id, type, typeId, project: { key: project?.key ?? 'QA', id: issue.projectId } };
}

export async function buildFixture(sandbox: Sandbox): Promise<Fixture> {
  sandbox.reset('empty');
  const [incident, fresh, bug, ops] = sandbox.emulator.importIssues({ issues: [
    incidentImport(NOW),
    incidentImport(NOW, { summary: 'Search returns stale prices' }),
    incidentImport(NOW, { issuetype: { name: 'Bug' }, summary: 'Saved card token rejected', labels: ['found-in-production'] }),
    incidentImport(NOW, { project: { key: 'OPS' }, issuetype: { name: 'Task' }, components: [], summary: 'Rotate the on-call pager' }),
  ] }).keys;
  const fixture: Fixture = {
    issues: {
      'incident': refOf(sandbox, incident),
      'fresh-incident': refOf(sandbox, fresh),
      'non-incident': refOf(sandbox, bug),
      'other-project': refOf(sandbox, ops),
      'unknown-issue': { key: 'QA-999', id: '99999', type: 'Incident', typeId: '10004', project: { key: 'QA', id: PROJECT_IDS.QA } },
    },
  };
  const saved = await sandbox.invoke<{ ok?: boolean }>('alice', MODULES.panel, 'savePostmortem', { document: fixtureDocument(), baseRevision: 0 }, extensionOf('incident', fixture));
  if (saved.status !== 200 || saved.body.ok !== true) throw new Error(`The fixture could not save its post-mortem: ${saved.status} ${JSON.stringify(saved.body).slice(0, 500)}`);
  sandbox.emulator.requests.length = 0;
  return fixture;
}

export function extensionOf(choice: ExtensionChoice, fixture: Fixture): Record<string, unknown> | undefined {
  if (choice === 'none') return undefined;
  if (choice === 'empty') return {};
  if (choice === 'no-issue') return { project: { key: 'QA', id: PROJECT_IDS.QA, type: 'software' } };
  if (choice.startsWith('project:')) {
    const key = choice.slice('project:'.length);
    return { project: { key, id: PROJECT_IDS[key], type: 'software' } };
  }
  const issue = fixture.issues[choice as keyof Fixture['issues']];
  return {
    issue: { key: issue.key, id: issue.id, type: issue.type, typeId: issue.typeId },
    project: { key: issue.project.key, id: issue.project.id, type: 'software' },
  };
}

function mapTokens(value: unknown, fixture: Fixture): unknown {
  if (Array.isArray(value)) return value.map((item) => mapTokens(item, fixture));
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) withOwnKey(copy, key, mapTokens(value[key], fixture));
    return copy;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Judging one answer
// ---------------------------------------------------------------------------------------------

/** The POSTs the app makes only to read (search, counts, bulk fetches, JQL parsing): src/jira/endpoints.ts marks them idempotent. */
export const READ_ONLY_POSTS: ReadonlySet<string> = new Set(
  Object.values(ENDPOINTS).filter((e) => e.method === 'POST' && e.idempotent).map((e) => e.path),
);

export function isJiraWrite(entry: Pick<RequestLogEntry, 'method' | 'path'>): boolean {
  if (entry.method === 'GET' || entry.method === 'HEAD' || entry.method === 'OPTIONS') return false;
  if (!entry.path.startsWith('/rest/')) return false;
  return !(entry.method === 'POST' && READ_ONLY_POSTS.has(entry.path));
}

/**
 * Forge storage as a string of its values (no timestamps): a cheap peek at the host's in-memory
 * store (a private field of sandbox/host/kvs-store.ts, read only here), enough to see any change.
 */
export function storageSnapshot(sandbox: Sandbox): Map<string, string> {
  const spaces = (sandbox.host.kvs as unknown as { spaces?: unknown }).spaces;
  if (!(spaces instanceof Map)) throw new Error('InMemoryKvs no longer keeps its values in `spaces`: update storageSnapshot in test/reliability/property-harness.ts');
  const rows = new Map<string, string>();
  for (const [space, entries] of spaces as Map<string, Map<string, { value: unknown }>>) {
    for (const [key, stored] of entries) rows.set(`${space} ${key}`, JSON.stringify(stored.value));
  }
  return rows;
}

export interface StorageChange {
  op: 'added' | 'changed' | 'removed';
  /** "<space> <key>", e.g. "entity:incident-ledger ledger:10001". */
  entry: string;
  /** The value after the change, as JSON (absent when removed). */
  after?: string;
}

/** What changed between two snapshots. */
export function storageChanges(before: Map<string, string>, after: Map<string, string>): StorageChange[] {
  const changes: StorageChange[] = [];
  for (const [entry, value] of after) {
    const was = before.get(entry);
    if (was === undefined) changes.push({ op: 'added', entry, after: value });
    else if (was !== value) changes.push({ op: 'changed', entry, after: value });
  }
  for (const entry of before.keys()) if (!after.has(entry)) changes.push({ op: 'removed', entry });
  return changes;
}

const describeChange = (change: StorageChange) => `${change.op} ${change.entry}${change.after === undefined ? '' : ` = ${short(JSON.parse(change.after), 300)}`}`;

const prototypeNames = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype]
  .map((proto) => Object.getOwnPropertyNames(proto).sort().join(',')).join('|');

interface ErrorShape { code?: unknown; message?: unknown; details?: unknown }
interface ReplyBody { ok?: unknown; data?: unknown; error?: ErrorShape; returned?: unknown }

function issuesProblem(details: unknown): string | null {
  const issues = isObject(details) ? details.issues : undefined;
  if (!Array.isArray(issues) || issues.length === 0) return 'details.issues is not a non-empty array';
  for (const issue of issues) {
    if (!isObject(issue) || !Array.isArray(issue.path) || typeof issue.message !== 'string' || !issue.message
      || !issue.path.every((p) => typeof p === 'string' || typeof p === 'number')) {
      return `details.issues has a malformed issue: ${JSON.stringify(issue).slice(0, 200)}`;
    }
  }
  return null;
}

/**
 * The payload the resolver receives: the invoke's JSON, then `payload || {}` (@forge/resolver's
 * getDefinitions turns every falsy payload, false, 0 and '' included, into {}).
 */
function asReceived(payload: unknown): unknown {
  if (payload === undefined) return {};
  return (JSON.parse(JSON.stringify(payload)) as unknown) || {};
}

function namesField(issues: unknown, added: Path): boolean {
  if (!isObject(issues) || !Array.isArray(issues.issues)) return false;
  const name = String(added[added.length - 1]);
  const parent = JSON.stringify(added.slice(0, -1));
  return issues.issues.some((issue: { path?: unknown; message?: unknown }) => {
    const at = JSON.stringify(issue.path);
    return at === JSON.stringify(added) || (at === parent && typeof issue.message === 'string' && issue.message.includes(JSON.stringify(name)));
  });
}

export interface Verdict {
  outcome: 'ok' | ErrorCode | 'malformed';
  problems: string[];
  /** Known issues this case showed and the check let through, tallied in property-outcomes.json. */
  known: string[];
}

// ---------------------------------------------------------------------------------------------
// The harness: one per test file, on the file's sandbox
// ---------------------------------------------------------------------------------------------

const short = (value: unknown, max = 600) => {
  const text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
};

export class PropertyHarness {
  readonly cases: Partial<Record<ResolverKey, number>> = {};
  readonly outcomes: Partial<Record<ResolverKey, Record<string, number>>> = {};
  private fixture: Fixture | undefined;
  private dirty = true;
  private readonly prototypesAtStart = prototypeNames();

  constructor(private readonly sandbox: Sandbox) {}

  /** Runs NUM_RUNS generated cases of `key` (fixed seed); throws fast-check's report on the first failing case. */
  async check(key: ResolverKey): Promise<void> {
    this.cases[key] = 0;
    this.outcomes[key] = {};
    const logged: string[] = [];
    const keep = (...args: unknown[]) => { logged.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' ')); };
    // The app logs (console.error) what it cannot map; keep it for a failure's report instead of printing it.
    const spies = [jest.spyOn(console, 'error').mockImplementation(keep), jest.spyOn(console, 'warn').mockImplementation(keep), jest.spyOn(console, 'log').mockImplementation(keep)];
    try {
      await fc.assert(fc.asyncProperty(casesFor(key), async (c) => {
        logged.length = 0;
        const verdict = await this.runCase(key, c);
        if (verdict.problems.length > 0) {
          throw new Error(`${key} as ${c.context.user} from ${c.context.module} (${c.context.extension}), ${c.kind}${c.note ? ` (${c.note})` : ''}:\n- ${verdict.problems.join('\n- ')}${logged.length ? `\nlogged: ${logged.join('\n').slice(0, 2000)}` : ''}`);
        }
      }), { numRuns: NUM_RUNS, seed: seedOf(key), interruptAfterTimeLimit: 100_000, markInterruptAsFailure: true });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  /** One case: rebuilds the site first if the case before changed it. */
  async runCase(key: ResolverKey, c: Case): Promise<Verdict> {
    this.cases[key] = (this.cases[key] ?? 0) + 1;
    if (this.dirty || !this.fixture) {
      this.fixture = await buildFixture(this.sandbox);
      this.dirty = false;
    }
    const payload = mapTokens(c.payload, this.fixture);
    const extension = extensionOf(c.context.extension, this.fixture);
    const log = this.sandbox.emulator.requests;
    log.length = 0;
    const storageBefore = storageSnapshot(this.sandbox);

    const reply = await this.sandbox.invoke<ReplyBody>(c.context.user, MODULES[c.context.module], key, payload, extension);
    await new Promise((resolve) => setImmediate(resolve));

    const requests = [...log];
    const writes = requests.filter((r) => isJiraWrite(r) && r.status < 400);
    const storageChanged = storageChanges(storageBefore, storageSnapshot(this.sandbox));
    this.dirty = writes.length > 0 || storageChanged.length > 0;

    const verdict = judge(key, c, payload, reply, requests, storageChanged);
    if (prototypeNames() !== this.prototypesAtStart || ({} as Record<string, unknown>).polluted !== undefined) {
      verdict.problems.push('a built-in prototype changed during the call (prototype pollution)');
    }
    const outcomes = (this.outcomes[key] ??= {});
    for (const tally of [verdict.outcome, ...verdict.known.map((k) => `known issue: ${k}`)]) outcomes[tally] = (outcomes[tally] ?? 0) + 1;
    if (verdict.problems.length > 0) {
      verdict.problems.push(`payload: ${short(payload)}`, `extension: ${short(extension)}`, `answer: ${reply.status} ${short(reply.body, 1500)}`,
        `Jira calls: ${requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ') || 'none'}`);
      this.dirty = true;
    }
    return verdict;
  }
}

function judge(key: ResolverKey, c: Case, payload: unknown, reply: { status: number; body: ReplyBody }, requests: RequestLogEntry[], storageChanged: StorageChange[]): Verdict {
  const problems: string[] = [];
  const known: string[] = [];
  const body = (isObject(reply.body) ? reply.body : {}) as ReplyBody;
  let outcome: Verdict['outcome'] = 'malformed';
  if (reply.status === 500) problems.push('HTTP 500');

  if (reply.status === 200) {
    if (body.ok !== true || !('data' in body) || body.data === undefined) problems.push('HTTP 200 without an {ok: true, data} envelope');
    else outcome = 'ok';
  } else {
    const error = isObject(body.error) ? body.error : undefined;
    const code = error?.code;
    if (body.returned !== true) problems.push('the resolver threw instead of answering its envelope (no `returned: true`)');
    if (typeof code !== 'string' || !(ERROR_CODES as readonly string[]).includes(code)) {
      problems.push(`error.code ${short(code)} is not one of the contract's codes`);
    } else {
      outcome = code as ErrorCode;
      if (code === 'INTERNAL') problems.push('error code INTERNAL');
      if (reply.status !== HTTP_STATUS_BY_CODE[code as ErrorCode]) problems.push(`HTTP ${reply.status} for ${code} (the contract says ${HTTP_STATUS_BY_CODE[code as ErrorCode]})`);
    }
    if (typeof error?.message !== 'string' || error.message.trim() === '') problems.push('the error has no message');
    if (code === 'VALIDATION') {
      const aboutPayload = typeof error?.message === 'string' && error.message.startsWith('The request is not valid');
      const hasIssues = isObject(error?.details) && 'issues' in error.details;
      const problem = aboutPayload || hasIssues ? issuesProblem(error?.details) : null;
      if (problem) problems.push(`VALIDATION ${problem}`);
    }
    const writes = requests.filter((r) => isJiraWrite(r) && r.status < 400);
    if (writes.length > 0) problems.push(`refused with ${short(code)}, yet Jira took ${writes.map((w) => `${w.method} ${w.path} (${w.status})`).join(', ')}`);
    if (storageChanged.length > 0) problems.push(`refused with ${short(code)}, yet Forge storage changed: ${storageChanged.map(describeChange).join('; ')}`);
  }

  const received = asReceived(payload);
  const schemaResult = PAYLOAD_SCHEMAS[key].safeParse(received);
  if (!schemaResult.success) {
    const error = body.error;
    if (body.ok !== false && reply.status === 200) problems.push('the contract\'s schema refuses this payload, yet the resolver accepted it');
    else if (error?.code !== 'VALIDATION') problems.push(`the contract's schema refuses this payload, yet the answer is ${short(error?.code)} rather than VALIDATION`);
    else if (issuesProblem(error.details)) problems.push(`a payload refused by its schema has ${issuesProblem(error.details)}`);
    if (requests.length > 0) problems.push(`a payload its schema refuses still reached Jira: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
  }
  // Only when the payload without the added field is one the schema takes (so the field is the one thing wrong).
  if (c.kind === 'unknown-field' && c.added && PAYLOAD_SCHEMAS[key].safeParse(asReceived(deleteAt(payload, c.added))).success) {
    const error = body.error;
    if (error?.code !== 'VALIDATION' || !namesField(error.details, c.added)) {
      problems.push(`the field ${JSON.stringify(c.added)} is not one this call takes, yet the answer does not refuse it by name`);
    }
  }
  return { outcome, problems, known };
}

// ---------------------------------------------------------------------------------------------
// The suite of one test file, and the measured counts
// ---------------------------------------------------------------------------------------------

/** The sandbox budgets this suite raises (inputs are under test here, not rate limits: test/integration/postmortem/platform-limits covers those). */
export const GENEROUS_BUDGETS = { pointsPerHour: 100_000_000, burstPerSecond: 100_000, issueWritesPer2s: 100_000, issueWritesPer30s: 100_000 };

/**
 * The reliability suites' sandbox: one per file, never reset by itself, the queue run by hand, and
 * rate-limit budgets no suite can spend (so a refusal is the app's, not the quota's); then `hooks`.
 */
export function reliabilitySandboxPerFile(seed: 'empty' | 'demo', hooks: SandboxPerFileHooks = {}): void {
  sandboxPerFile({ seed, resetEachTest: false, autoRunQueue: false }, {
    ...hooks,
    ready: async (sandbox) => {
      await sandbox.configure(GENEROUS_BUDGETS);
      await hooks.ready?.(sandbox);
    },
  });
}

export function propertySuite(suite: SuiteName): void {
  let harness: PropertyHarness | undefined;
  reliabilitySandboxPerFile('empty', {
    ready: (sandbox) => { harness = new PropertyHarness(sandbox); },
  });
  afterAll(() => {
    if (harness) recordCounts(suite, harness);
  });
  for (const key of SUITES[suite]) {
    it(`${key}: ${NUM_RUNS} generated payloads and contexts, no 500, no INTERNAL, nothing written behind a refusal`, async () => {
      if (!harness) throw new Error('The sandbox did not start');
      await harness.check(key);
      expect(harness.cases[key]).toBe(NUM_RUNS);
    }, 180_000);
  }
}

/**
 * Writes this file's counts to test-results/reliability/parts/<suite>.json, then merges every part
 * into property-cases.json ({key: cases run}) and property-outcomes.json ({key: {outcome: n}}), under
 * a lock file, since the files run in parallel workers.
 */
function recordCounts(suite: SuiteName, harness: PropertyHarness): void {
  const partsDir = path.join(RESULTS_DIR, 'parts');
  fs.mkdirSync(partsDir, { recursive: true });
  withLock(path.join(RESULTS_DIR, '.lock'), () => {
    const part = { suite, seed: BASE_SEED, numRuns: NUM_RUNS, runAt: new Date().toISOString(), cases: harness.cases, outcomes: harness.outcomes };
    fs.writeFileSync(path.join(partsDir, `${suite}.json`), `${JSON.stringify(part, null, 2)}\n`);
    const cases: Record<string, number> = {};
    const outcomes: Record<string, Record<string, number>> = {};
    const parts = fs.readdirSync(partsDir).filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(partsDir, f), 'utf8')) as typeof part);
    for (const key of RESOLVER_KEYS) {
      const from = parts.find((p) => p.cases[key] !== undefined);
      if (!from) continue;
      cases[key] = from.cases[key] ?? 0;
      outcomes[key] = from.outcomes[key] ?? {};
    }
    fs.writeFileSync(path.join(RESULTS_DIR, 'property-cases.json'), `${JSON.stringify(cases, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, 'property-outcomes.json'), `${JSON.stringify({ seed: BASE_SEED, numRuns: NUM_RUNS, outcomes }, null, 2)}\n`);
  });
}

function withLock(lockPath: string, fn: () => void): void {
  const started = Date.now();
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = fs.openSync(lockPath, 'wx');
    } catch {
      // A lock older than 5 s is left over from a crashed run: take it.
      if (Date.now() - started > 5_000) { fs.rmSync(lockPath, { force: true }); continue; }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    fn();
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
  }
}
