/**
 * What the property suite found (property-harness.ts), kept as tests now that both are fixed. Issue
 * 1, a field named like a built-in object member (constructor, toString, hasOwnProperty, __proto__)
 * accepted instead of refused: define.ts checks own properties. Issue 2, a CONFLICT that left a
 * ledger record behind: takeTurn (src/services/ledger/incident-turn.ts) compares the base revision
 * with Jira's before it creates or updates the record.
 */
import type { Sandbox } from '../helpers/sandbox';
import {
  buildFixture, extensionOf, fixtureDocument, isJiraWrite, MODULES, reliabilitySandboxPerFile, storageChanges, storageSnapshot, withOwnKey,
  type Fixture,
} from './property-harness';

let sandbox: Sandbox;
let fixture: Fixture;

reliabilitySandboxPerFile('empty', {
  ready: (sb) => { sandbox = sb; },
  // buildFixture starts the site over, imports the issues and saves the incident's post-mortem (revision 1).
  eachTest: async (sb) => { fixture = await buildFixture(sb); },
});

interface Answer { status: number; body: { ok?: boolean; error?: { code?: string; details?: { issues?: { path: unknown[]; message: string }[] } } } }

async function invokeAsAlice(key: string, payload: unknown, on: 'incident' | 'fresh-incident' = 'incident') {
  sandbox.emulator.requests.length = 0;
  const answer = await sandbox.invoke<Answer['body']>('alice', MODULES.panel, key, payload, extensionOf(on, fixture));
  const writes = sandbox.emulator.requests.filter((r) => isJiraWrite(r) && r.status < 400).map((r) => `${r.method} ${r.path}`);
  return { answer, writes };
}

/**
 * KNOWN ISSUE 1: the payload policy ("a field a resolver does not take is refused by name, at any
 * depth", src/resolvers/define.ts) misses fields named like Object.prototype's members in the
 * non-strict payload schemas (z.object without .strict(): the post-mortem and action-item keys, every
 * object inside the post-mortem document, and the objects inside saveSettings' settings).
 * `unknownFields` asks `key in parsed`, which is true for an inherited `constructor`, `toString`,
 * `hasOwnProperty`, `valueOf`, `isPrototypeOf`, and for an own `__proto__` key. So the call goes ahead as if the field were not there, and a save or a
 * task creation writes to Jira behind a payload that should have been refused. (The strict schemas,
 * getSettings, saveSettings' top level and the metrics keys, do refuse them at their own level: zod
 * names them itself.)
 *
 * Minimal counterexample: createActionItems {"constructor": "x"} as alice on an incident whose saved
 * post-mortem has an action item without a task: 200 ok, and Jira got POST /rest/api/3/issue/bulk and
 * PUT /rest/api/3/issue/<incident>/properties/qa-postmortem; the contract says 400 VALIDATION with
 * details.issues naming "constructor", and nothing written.
 */
describe('KNOWN ISSUE 1: fields named like Object.prototype members are not refused by name', () => {
  const document = fixtureDocument();
  const cases: [string, string, unknown, (string | number)[]][] = [
    ['getPostmortem', 'constructor', { constructor: 1 }, ['constructor']],
    ['getPostmortem', '__proto__ (own key, as JSON.parse makes it)', withOwnKey({}, '__proto__', {}), ['__proto__']],
    ['getPostmortemStatus', 'hasOwnProperty', { hasOwnProperty: 1 }, ['hasOwnProperty']],
    ['getActionItemDefaults', 'toString', { toString: 'x' }, ['toString']],
    ['searchAssignableUsers', 'valueOf', { query: 'bob', valueOf: 0 }, ['valueOf']],
    ['savePostmortem', 'document.gather.hasOwnProperty (and the save is written)', {
      document: { ...document, revision: 1, gather: { ...document.gather, hasOwnProperty: 'x' } }, baseRevision: 1,
    }, ['document', 'gather', 'hasOwnProperty']],
    ['createActionItems', 'constructor (and the tasks are created)', { constructor: 'x' }, ['constructor']],
  ];

  it.each(cases)('%s refuses the field %s by name, and writes nothing', async (key, _name, payload, fieldPath) => {
    const { answer, writes } = await invokeAsAlice(key, payload);
    const issues = answer.body.error?.details?.issues ?? [];
    const field = String(fieldPath[fieldPath.length - 1]);
    const named = issues.some((issue) => JSON.stringify(issue.path) === JSON.stringify(fieldPath)
      || (JSON.stringify(issue.path) === JSON.stringify(fieldPath.slice(0, -1)) && issue.message.includes(JSON.stringify(field))));
    expect({ status: answer.status, code: answer.body.error?.code, named, writes }).toEqual({ status: 400, code: 'VALIDATION', named: true, writes: [] });
  });
});

/**
 * KNOWN ISSUE 2, fixed (Forge storage only; Jira was untouched): a write refused with CONFLICT for a stale
 * base revision still writes the app's ledger. takeTurn (src/services/ledger/incident-turn.ts) opens
 * the incident's ledger before it compares revisions: on an incident the app has no record of, it
 * creates the record (revision 0, turn free); when Jira's revision is ahead of the record, it brings
 * the record up to Jira's. Then it refuses, and the record stays. The property suite lets exactly this
 * through (a ledger record with its turn free, behind a CONFLICT) and fails on anything else.
 *
 * Minimal counterexample: savePostmortem {document: <any valid document>, baseRevision: 1} as alice on
 * an incident without a post-mortem: 409 CONFLICT "This change is based on revision 1, but the stored
 * post-mortem is at revision 0. Nothing was saved ...", and Forge storage gained
 * entity incident-ledger "ledger:<incident id>" = {revision: 0, lockToken: "", tasks: {}, ...}.
 */
describe('KNOWN ISSUE 2 (fixed): a save refused with CONFLICT no longer writes the ledger', () => {
  it('savePostmortem from a stale revision on an incident without a post-mortem leaves Forge storage as it was', async () => {
    const before = storageSnapshot(sandbox);
    const { answer, writes } = await invokeAsAlice('savePostmortem', { document: fixtureDocument(), baseRevision: 1 }, 'fresh-incident');
    expect({ status: answer.status, code: answer.body.error?.code, writes, storage: storageChanges(before, storageSnapshot(sandbox)) })
      .toEqual({ status: 409, code: 'CONFLICT', writes: [], storage: [] });
  });
});
