/**
 * The action-item calls as the panel makes them, through the local Forge host against the Jira
 * emulator, plus what the tests check on the emulator's side: the stored post-mortem, the tasks
 * with their link and property, comments, and the /rest/ request log.
 */
import type {
  ActionItemDefaults, AppErrorBody, CreateActionItemsResult, Envelope, SearchAssignableUsersResult, UpdateActionTasksResult,
} from '../../../src/contract';
import { emptyDocument, type ActionItem, type PostmortemDocument } from '../../../src/domain/postmortem';
import { asAppTransport, createJiraClient } from '../../../src/jira';
import { forgeReminderStore, type ActionPorts } from '../../../src/services/actions';
import { forgeLedgerStore } from '../../../src/services/ledger';
import type { ImportIssue } from '../../../sandbox/emulator';
import { USERS } from '../../../sandbox/seed/base';
import type { Sandbox } from '../../helpers/sandbox';
import { sandboxPerFile } from '../../helpers/sandbox-per-file';

export const PANEL = 'qa-postmortem-panel';
export const BULK_CREATE = 'POST /rest/api/3/issue/bulk';

export interface Answer<T> { status: number; body: Envelope<T> }

function asEnvelope<T>(reply: { status: number; body: unknown }): Answer<T> {
  const body = (reply.body ?? {}) as { ok?: boolean; error?: AppErrorBody };
  if (typeof body.ok === 'boolean') return { status: reply.status, body: body as Envelope<T> };
  if (body.error) return { status: reply.status, body: { ok: false, error: body.error } };
  throw new Error(`The host answered neither an envelope nor an error: ${reply.status} ${JSON.stringify(reply.body)}`);
}

export function dataOf<T>(answer: Answer<T>): T {
  if (answer.status !== 200 || !answer.body.ok) throw new Error(`Expected success, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

export function errorOf<T>(answer: Answer<T>): AppErrorBody {
  if (answer.body.ok) throw new Error(`Expected an error, got ${JSON.stringify(answer.body.data).slice(0, 300)}`);
  return answer.body.error;
}

export type ActionsClient = ReturnType<typeof actionsClient>;

export function actionsClient(sandbox: Sandbox) {
  const extension = (key: string) => ({
    issue: { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id ?? '0', type: 'Incident' },
    project: { key: 'QA', id: '10000', type: 'software' },
  });
  const call = async <T>(user: string, functionKey: string, key: string, payload: unknown = {}) =>
    asEnvelope<T>(await sandbox.invoke(user, PANEL, functionKey, payload, extension(key)));
  return {
    create: (user: string, key: string) => call<CreateActionItemsResult>(user, 'createActionItems', key),
    update: (user: string, key: string) => call<UpdateActionTasksResult>(user, 'updateActionTasks', key),
    users: (user: string, key: string, query: string) => call<SearchAssignableUsersResult>(user, 'searchAssignableUsers', key, { query }),
    defaults: (user: string, key: string) => call<ActionItemDefaults>(user, 'getActionItemDefaults', key),
  };
}

/** What each test of an action-item suite starts from: the host, the panel's client, and a fresh incident. */
export interface ActionsSuite {
  sandbox: Sandbox;
  client: ActionsClient;
  incident: string;
}

/** An empty site for the test file, reset before each test with one new incident, handed to `use`. */
export function useActionsSuite(use: (suite: ActionsSuite) => void | Promise<void>): void {
  let client: ActionsClient;
  sandboxPerFile({ seed: 'empty' }, {
    ready: async (sandbox) => {
      client = actionsClient(sandbox);
      // Search still lags behind writes; a short lag keeps the waits for it (searchIndexed) short.
      await sandbox.configure({ searchLagMs: 300 });
    },
    eachTest: (sandbox) => use({ sandbox, client, incident: importIncident(sandbox) }),
  });
}

/** A calendar day `days` after `now` (UTC). */
export function dayIn(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function item(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    title: `Action ${id}`,
    type: 'test-design-enhancement',
    ownerAccountId: USERS.bob.accountId,
    ownerDisplayName: USERS.bob.displayName,
    dueDate: dayIn(14),
    priority: 'Medium',
    description: '',
    ...overrides,
  };
}

/** An incident in project QA with the given summary, created an hour ago. */
export function importIncident(sandbox: Sandbox, summary = 'Checkout fails for saved cards'): string {
  const created = new Date(Date.now() - 3_600_000).toISOString();
  const incident: ImportIssue = {
    fields: {
      project: { key: 'QA' }, issuetype: { name: 'Incident' }, summary, priority: { name: 'High' },
      reporter: { accountId: USERS.dave.accountId }, assignee: { accountId: USERS.alice.accountId }, created,
    },
  };
  return sandbox.emulator.importIssues({ issues: [incident] }).keys[0];
}

/** Stores a post-mortem with these action items on the incident, as alice through Jira's REST API. */
export async function storePostmortem(sandbox: Sandbox, incidentKey: string, items: ActionItem[], revision = 1): Promise<PostmortemDocument> {
  const base = emptyDocument({ key: incidentKey }, new Date());
  const document: PostmortemDocument = {
    ...base,
    revision,
    updatedBy: USERS.alice.accountId,
    openActions: items.length,
    rootCause: {
      whys: [{ id: 'w1', question: 'Why did checkout fail?', answer: 'The card vault SDK moved the token field and no contract test noticed.' }],
      contributingFactors: [],
      category: 'test-gap',
    },
    actionItems: items,
  };
  const put = await sandbox.jira('alice', `/rest/api/3/issue/${incidentKey}/properties/qa-postmortem`, { method: 'PUT', body: document });
  if (put.status >= 300) throw new Error(`Could not store the post-mortem: ${put.status} ${JSON.stringify(put.body)}`);
  return document;
}

export function storedDocument(sandbox: Sandbox, incidentKey: string): PostmortemDocument {
  return sandbox.emulator.store.issueByIdOrKey(incidentKey)?.properties.get('qa-postmortem') as PostmortemDocument;
}

/** Issues carrying the action marker for this incident, as the emulator holds them. */
export function tasksOf(sandbox: Sandbox, incidentKey: string) {
  return sandbox.emulator.store.issues().filter((issue) => (issue.properties.get('qa-postmortem-action') as { incident?: string } | undefined)?.incident === incidentKey);
}

export function calls(sandbox: Sandbox): string[] {
  return sandbox.emulator.requests.map((r) => `${r.method} ${r.path}`);
}

export function clearCalls(sandbox: Sandbox): void {
  sandbox.emulator.requests.length = 0;
}

export function countOf(list: string[], call: string): number {
  return list.filter((c) => c === call).length;
}

/** The app's ports inside the host (so @forge/api reaches the emulator as the app), with a chosen clock. */
export function asApp<T>(sandbox: Sandbox, now: Date, run: (ports: ActionPorts) => Promise<T>): Promise<T> {
  return sandbox.host.runAs(null, () => run({
    jira: createJiraClient(asAppTransport()), ledger: forgeLedgerStore(), reminders: forgeReminderStore(), now: () => now,
  }));
}

/** A REST call that must succeed. */
export async function jiraOk(sandbox: Sandbox, user: string, path: string, init: { method?: string; body?: unknown } = {}) {
  const answer = await sandbox.jira(user, path, init);
  if (answer.status >= 300) throw new Error(`${init.method ?? 'GET'} ${path} as ${user}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Moves an issue through the demo workflow: 21 In Progress, 31 Done, 41 Reopen. */
export function transition(sandbox: Sandbox, user: string, key: string, id: '21' | '31' | '41') {
  return jiraOk(sandbox, user, `/rest/api/3/issue/${key}/transitions`, { method: 'POST', body: { transition: { id } } });
}
