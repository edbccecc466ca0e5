/**
 * The permission matrix: every resolver key × every user (alice administers QA, carol administers
 * OPS, bob and carol edit both, dave only browses, eve has no access) × every surface (the four
 * modules share one resolver function, so any key can be called from any of them) × what it is asked
 * about (the QA incident, a Bug, another project's issue, an issue that does not exist; a project the
 * user administers, one they do not, one that does not exist). Each cell is judged by the rules, not
 * by what the app answered last time:
 * - an answer is an envelope with a known code, never INTERNAL or an HTTP 500;
 * - a write (save, complete, create tasks, save settings) succeeds only for a user who may edit the
 *   incident (administer the project, for settings), only on an incident of the app's issue type;
 * - a read of an issue or project succeeds only for a user who may browse it; eve gets NOT_FOUND for
 *   anything of the site's and no answer carries the incident's or the post-mortem's text to her;
 * - nothing behind a refusal reaches Jira as a write or changes Forge storage.
 * Then planted properties: bob writes the app's task marker on an issue he may edit, naming the
 * incident, and a forged post-mortem property on a Bug; neither is taken for the app's.
 * Figures go to test-results/reliability/permission-matrix.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, RESOLVER_KEYS, type ResolverKey } from '../../src/contract';
import { defaultSettings } from '../../src/domain/metrics';
import { USERS } from '../../sandbox/seed/base';
import { DEMO_XRAY_API_KEY } from '../../sandbox/xray/demo-runs';
import type { Sandbox } from '../helpers/sandbox';
import {
  buildFixture, extensionOf, fixtureDocument, isJiraWrite, MODULES, NOW, reliabilitySandboxPerFile, storageChanges, storageSnapshot, USER_NAMES,
  type ExtensionChoice, type Fixture,
} from './property-harness';

let sandbox: Sandbox;
let fixture: Fixture;
reliabilitySandboxPerFile('empty', {
  ready: async (sb) => {
    sandbox = sb;
    fixture = await buildFixture(sb);
  },
});

type User = (typeof USER_NAMES)[number];
type Target = 'incident' | 'non-incident' | 'other-project' | 'unknown-issue' | 'project:QA' | 'project:OPS' | 'project:NOPE';
const ISSUE_TARGETS: Target[] = ['incident', 'non-incident', 'other-project', 'unknown-issue'];
const PROJECT_TARGETS: Target[] = ['project:QA', 'project:OPS', 'project:NOPE'];
const WRITES = new Set<ResolverKey>(['savePostmortem', 'completePostmortem', 'createActionItems', 'updateActionTasks', 'saveSettings', 'saveXrayKey', 'deleteXrayKey']);
const PROJECT_KEYS = new Set<ResolverKey>(['getSettings', 'saveSettings', 'getProjectMetrics', 'listProjects', 'getTestMetrics', 'saveXrayKey', 'deleteXrayKey']);
/** Keys only a project's administrators may use. */
const ADMIN_KEYS = new Set<ResolverKey>(['saveSettings', 'saveXrayKey', 'deleteXrayKey']);
const EDITORS: User[] = ['alice', 'bob', 'carol'];
const BROWSERS: User[] = ['alice', 'bob', 'carol', 'dave'];
const ADMINS: Record<string, User[]> = { QA: ['alice'], OPS: ['carol'] };
const DAY = 86_400_000;
const PERIOD = { from: new Date(NOW.getTime() - 30 * DAY).toISOString().slice(0, 10), to: NOW.toISOString().slice(0, 10) };
/** Text of the site that must never reach a user who may not see it. */
const SECRETS = ['Checkout fails for saved cards', 'QA Platform', fixtureDocument().gather.impactSummary, fixtureDocument().actionItems[0].title];

const projectOf = (target: Target) => (target.startsWith('project:') ? target.slice('project:'.length) : undefined);

function payloadOf(key: ResolverKey, target: Target): unknown {
  const projectKey = projectOf(target) ?? 'QA';
  switch (key) {
    case 'savePostmortem': return { document: { ...fixtureDocument(), revision: 1, gather: { ...fixtureDocument().gather, impactSummary: 'Saved in the matrix' } }, baseRevision: 1 };
    case 'completePostmortem': return { baseRevision: 1 };
    case 'searchAssignableUsers': return { query: 'b' };
    case 'getSettings': return { projectKey };
    // OPS has no Incident type: its settings name the types it has (else the save is rightly refused).
    case 'saveSettings': return { settings: projectKey === 'OPS' ? { ...defaultSettings(), incidentIssueTypes: ['Task'] } : defaultSettings() };
    case 'getProjectMetrics': return { projectKey, ...PERIOD, groupBy: 'month' };
    case 'getTestMetrics': return { projectKey };
    case 'saveXrayKey': return { projectKey, clientId: DEMO_XRAY_API_KEY.clientId, clientSecret: DEMO_XRAY_API_KEY.clientSecret, region: 'global' };
    case 'deleteXrayKey': return { projectKey };
    case 'getWatchedFigures': return { figures: ['leakageRate', 'requirementCoverage'] };
    case 'listProjects': return {};
    default: return {};
  }
}

/** Reads that show only what the user may browse in Jira anyway: served for any issue they can see. */
const BROWSABLE_READS = new Set<ResolverKey>(['getIncidentMetrics', 'getIncidentTestCoverage', 'getWatchedFigures', 'searchAssignableUsers', 'getActionItemDefaults']);
const VISIBLE_ISSUES: Target[] = ['incident', 'non-incident', 'other-project'];

/**
 * What the rules say of a cell: `ok` when they allow a success at all, `required` when a success is
 * the only right answer (so a resolver that refused everything would fail the matrix too).
 */
function rules(user: User, key: ResolverKey, target: Target): { ok: boolean; required: boolean } {
  const project = projectOf(target);
  const both = (ok: boolean) => ({ ok, required: ok });
  if (key === 'listProjects') return both(true);
  if (PROJECT_KEYS.has(key)) {
    if (!project || project === 'NOPE') return both(false);
    if (ADMIN_KEYS.has(key)) return both(ADMINS[project].includes(user));
    return both(BROWSERS.includes(user));
  }
  if (BROWSABLE_READS.has(key)) return { ok: BROWSERS.includes(user) && VISIBLE_ISSUES.includes(target), required: BROWSERS.includes(user) && target === 'incident' };
  if (target !== 'incident') return both(false);
  return both((WRITES.has(key) ? EDITORS : BROWSERS).includes(user));
}

interface Cell { user: User; key: ResolverKey; module: keyof typeof MODULES; target: Target }
const cells: Cell[] = [];
for (const key of RESOLVER_KEYS) {
  for (const user of USER_NAMES) {
    for (const module of Object.keys(MODULES) as (keyof typeof MODULES)[]) {
      for (const target of PROJECT_KEYS.has(key) ? PROJECT_TARGETS : ISSUE_TARGETS) cells.push({ user, key, module, target });
    }
  }
}

const figures = { cells: 0, okRequired: cells.filter((c) => rules(c.user, c.key, c.target).required).length, answers: {} as Record<string, number>, leaks: 0, writesBehindRefusal: 0, okAgainstTheRules: 0, plantedTaken: 0 };
afterAll(() => {
  const dir = path.join('test-results', 'reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'permission-matrix.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

describe('permission matrix', () => {
  it(`answers each of ${cells.length} cells by the rules, leaks nothing, and writes nothing behind a refusal`, async () => {
    const problems: string[] = [];
    for (const cell of cells) {
      const where = `${cell.user} ${cell.key} from ${cell.module} on ${cell.target}`;
      const before = storageSnapshot(sandbox);
      sandbox.emulator.requests.length = 0;
      const answer = await sandbox.invoke<{ ok?: boolean; error?: { code?: string; message?: string } }>(
        cell.user, MODULES[cell.module], cell.key, payloadOf(cell.key, cell.target), extensionOf(cell.target as ExtensionChoice, fixture),
      );
      figures.cells += 1;
      const code = answer.body?.ok === true ? 'ok' : answer.body?.error?.code ?? `HTTP ${answer.status}`;
      figures.answers[code] = (figures.answers[code] ?? 0) + 1;
      const writes = sandbox.emulator.requests.filter((r) => isJiraWrite(r) && r.status < 400);
      const changed = storageChanges(before, storageSnapshot(sandbox));
      if (answer.status >= 500 || code === 'INTERNAL' || !(code === 'ok' || ERROR_CODES.includes(code as never))) problems.push(`${where}: answered ${answer.status} ${code}`);
      const rule = rules(cell.user, cell.key, cell.target);
      if (code === 'ok' && !rule.ok) {
        figures.okAgainstTheRules += 1;
        problems.push(`${where}: ok, but the rules do not allow it`);
      }
      if (code !== 'ok' && rule.required) problems.push(`${where}: refused with ${code}: ${answer.body?.error?.message ?? ''}`);
      if (code !== 'ok' && (writes.length > 0 || changed.length > 0)) {
        figures.writesBehindRefusal += 1;
        problems.push(`${where}: refused with ${code}, yet wrote ${writes.map((w) => `${w.method} ${w.path}`).join(', ')} ${changed.map((c) => c.entry).join(', ')}`);
      }
      if (cell.user === 'eve') {
        const text = JSON.stringify(answer.body);
        const leaked = SECRETS.filter((secret) => text.includes(secret));
        if (leaked.length) { figures.leaks += 1; problems.push(`${where}: eve was shown ${leaked.join(', ')}`); }
        if (code !== 'ok' && code !== 'NOT_FOUND' && code !== 'VALIDATION') {
          problems.push(`${where}: eve got ${code}, which says the thing exists (NOT_FOUND expected)`);
        }
      }
      // A cell that changed something starts the next one from the same fixture.
      if (writes.length > 0 || changed.length > 0) fixture = await buildFixture(sandbox);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('planted properties', () => {
  const invoke = (user: User, key: ResolverKey, on: ExtensionChoice = 'incident') =>
    sandbox.invoke<{ ok?: boolean; data?: Record<string, unknown> }>(user, MODULES.panel, key, payloadOf(key, 'incident'), extensionOf(on, fixture));

  beforeEach(async () => { fixture = await buildFixture(sandbox); });

  it('a task marker that bob writes on his own issue, naming the incident and its item, is not taken for the app\'s task', async () => {
    const incident = fixture.issues.incident;
    const bug = fixture.issues['non-incident'];
    const item = fixtureDocument().actionItems[0];
    const planted = await sandbox.jira('bob', `/rest/api/3/issue/${bug.key}/properties/qa-postmortem-action`, {
      method: 'PUT', body: { incident: incident.key, incidentId: incident.id, actionId: item.id, claim: 'forged' },
    });
    expect(planted.status).toBeLessThan(300);
    await sandbox.jira('bob', '/rest/api/3/issueLink', { method: 'POST', body: { type: { name: 'Relates' }, inwardIssue: { key: incident.key }, outwardIssue: { key: bug.key } } });

    const created = await invoke('alice', 'createActionItems');
    const results = (created.body.data?.results ?? []) as { actionId: string; status: string; taskKey?: string }[];
    expect(results).toEqual([expect.objectContaining({ actionId: item.id, status: 'created' })]);
    expect(results[0].taskKey).not.toBe(bug.key);
    const view = JSON.stringify((await invoke('alice', 'getPostmortem')).body);
    if (view.includes(`"taskKey":"${bug.key}"`)) figures.plantedTaken += 1;
    expect(view).not.toContain(`"taskKey":"${bug.key}"`);

    // The trigger, running as the app for bob's issue, writes nothing to the incident.
    const revision = (sandbox.emulator.store.issueByIdOrKey(incident.key)?.properties.get('qa-postmortem') as { revision: number }).revision;
    await sandbox.trigger({ type: 'product-event', event: {
      eventType: 'avi:jira:updated:issue', issue: { id: bug.id, key: bug.key, fields: {} }, atlassianId: USERS.bob.accountId,
      changelog: { id: '9', items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10001', toString: 'Done' }] },
    } });
    expect((sandbox.emulator.store.issueByIdOrKey(incident.key)?.properties.get('qa-postmortem') as { revision: number }).revision).toBe(revision);
  });

  it('a post-mortem property that bob writes on a Bug does not make the Bug an incident the app serves', async () => {
    const bug = fixture.issues['non-incident'];
    const forged = await sandbox.jira('bob', `/rest/api/3/issue/${bug.key}/properties/qa-postmortem`, { method: 'PUT', body: { ...fixtureDocument(), revision: 7 } });
    expect(forged.status).toBeLessThan(300);
    for (const key of ['getPostmortem', 'savePostmortem', 'completePostmortem', 'createActionItems'] as const) {
      sandbox.emulator.requests.length = 0;
      const answer = await invoke('alice', key, 'non-incident');
      expect({ key, ok: answer.body.ok === true }).toEqual({ key, ok: false });
      expect(sandbox.emulator.requests.filter((r) => isJiraWrite(r) && r.status < 400)).toEqual([]);
    }
  });
});
