/**
 * The post-mortem panel's calls as the browser makes them, through the local Forge host
 * (POST /__forge/invoke as a sandbox user, with the incident in the Forge context), plus the
 * emulator-side facts the tests check: stored properties, comments and the Jira request log.
 */
import type { AppErrorBody, CompleteResult, Envelope, ErrorCode, PostmortemView, SaveResult } from '../../../src/contract';
import type { PostmortemDocument } from '../../../src/domain/postmortem';
import { POSTMORTEM_PROPERTY_KEY, TIMELINE_PROPERTY_KEY } from '../../../src/domain/postmortem';
import type { ImportIssue } from '../../../sandbox/emulator';
import { USERS } from '../../../sandbox/seed/base';
import type { Sandbox } from '../../helpers/sandbox';
import { sandboxPerFile } from '../../helpers/sandbox-per-file';

export const PANEL = 'qa-postmortem-panel';

/**
 * What the panel gets: the HTTP status of /__forge/invoke and the envelope the resolver returned.
 * The host answers an error envelope with the error code's HTTP status and `{error, returned}`.
 */
export interface Answer<T> { status: number; body: Envelope<T> }

interface HostReply { status: number; body: unknown }

export function asEnvelope<T>(reply: HostReply): Answer<T> {
  const body = (reply.body ?? {}) as { ok?: boolean; error?: AppErrorBody };
  if (typeof body.ok === 'boolean') return { status: reply.status, body: body as Envelope<T> };
  if (body.error) return { status: reply.status, body: { ok: false, error: body.error } };
  throw new Error(`The host answered neither an envelope nor an error: ${reply.status} ${JSON.stringify(reply.body)}`);
}

export type PanelClient = ReturnType<typeof panelClient>;

export function panelClient(sandbox: Sandbox) {
  const context = (key: string) => ({ issue: { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id ?? '0', type: 'Incident' } });
  const call = async <T>(user: string, functionKey: string, payload: unknown, extension: Record<string, unknown>) =>
    asEnvelope<T>(await sandbox.invoke(user, PANEL, functionKey, payload, extension));
  return {
    get: (user: string, key: string, payload: unknown = {}) => call<PostmortemView>(user, 'getPostmortem', payload, context(key)),
    save: (user: string, key: string, document: PostmortemDocument, baseRevision: number) =>
      call<SaveResult>(user, 'savePostmortem', { document, baseRevision }, context(key)),
    /** Any payload at all, for the validation tests. */
    saveRaw: (user: string, key: string, payload: unknown) => call<SaveResult>(user, 'savePostmortem', payload, context(key)),
    complete: (user: string, key: string, baseRevision: number) =>
      call<CompleteResult>(user, 'completePostmortem', { baseRevision }, context(key)),
    /** A call with any Forge extension (or none). */
    raw: <T>(user: string, functionKey: string, payload: unknown, extension: Record<string, unknown>) => call<T>(user, functionKey, payload, extension),
  };
}

/** The data of a successful answer; fails the test with the error otherwise. */
export function dataOf<T>(answer: Answer<T>): T {
  if (answer.status !== 200 || !answer.body.ok) throw new Error(`Expected success, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

/** The error of a refused call, once its HTTP status and error code are as expected; fails the test otherwise. */
export function refusalOf<T>(answer: Answer<T>, status: number, code: ErrorCode): AppErrorBody {
  expect(answer.status).toBe(status);
  expect(answer.body.ok).toBe(false);
  if (answer.body.ok) throw new Error('expected a refusal');
  expect(answer.body.error.code).toBe(code);
  return answer.body.error;
}

export function storedProperty(sandbox: Sandbox, key: string, property = POSTMORTEM_PROPERTY_KEY): unknown {
  return sandbox.emulator.store.issueByIdOrKey(key)?.properties.get(property);
}

export function storedDocument(sandbox: Sandbox, key: string): PostmortemDocument | undefined {
  return storedProperty(sandbox, key) as PostmortemDocument | undefined;
}

export function storedTimeline(sandbox: Sandbox, key: string): unknown {
  return storedProperty(sandbox, key, TIMELINE_PROPERTY_KEY);
}

export function commentCount(sandbox: Sandbox, key: string): number {
  return sandbox.emulator.store.issueByIdOrKey(key)?.comments.length ?? 0;
}

/** "METHOD path" of the /rest/ calls made since the last clear, with the acting account. */
export function jiraCalls(sandbox: Sandbox): { call: string; accountId: string | null }[] {
  return sandbox.emulator.requests.map((r) => ({ call: `${r.method} ${r.path}`, accountId: r.accountId }));
}

export function clearJiraCalls(sandbox: Sandbox): void {
  sandbox.emulator.requests.length = 0;
}

/** Writes to Jira (anything but GET) since the last clear. */
export function jiraWrites(sandbox: Sandbox): string[] {
  return jiraCalls(sandbox).map((c) => c.call).filter((c) => !c.startsWith('GET '));
}

/** An incident in project QA, reported by dave an hour before `now`, with a comment and a priority change. */
export function incidentImport(now: Date, overrides: Partial<ImportIssue['fields']> = {}): ImportIssue {
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
  return {
    fields: {
      project: { key: 'QA' },
      issuetype: { name: 'Incident' },
      summary: 'Checkout fails for saved cards',
      priority: { name: 'High' },
      reporter: { accountId: USERS.dave.accountId },
      assignee: { accountId: USERS.alice.accountId },
      components: [{ name: 'Payments' }],
      created: at(-60),
      ...overrides,
    },
    changelog: {
      histories: [{
        author: { accountId: USERS.alice.accountId },
        created: at(-55),
        items: [{ field: 'priority', fieldId: 'priority', from: '3', fromString: 'Medium', to: '2', toString: 'High' }],
      }],
    },
    comments: [{ author: { accountId: USERS.bob.accountId }, body: 'Payments dashboard shows saved-card checkouts failing.', created: at(-50) }],
  };
}

/** Imports incidents and answers their keys. */
export function importIncidents(sandbox: Sandbox, ...issues: ImportIssue[]): string[] {
  return sandbox.emulator.importIssues({ issues }).keys;
}

/** What a post-mortem suite's tests start from: the host, the panel's client and the keys of the imported incidents. */
export interface PanelSuite {
  sandbox: Sandbox;
  panel: PanelClient;
  keys: string[];
}

/**
 * An empty site for the test file with `incidents` imported, handed to `use`: afresh before each
 * test (the site reset first), or with `resetEachTest: false` once for the whole file.
 */
export function usePanelSuite(incidents: () => ImportIssue[], use: (suite: PanelSuite) => void, { resetEachTest = true } = {}): void {
  let panel: PanelClient;
  const importAll = (sandbox: Sandbox) => use({ sandbox, panel, keys: importIncidents(sandbox, ...incidents()) });
  sandboxPerFile({ seed: 'empty', resetEachTest }, {
    ready: (sandbox) => {
      panel = panelClient(sandbox);
      if (!resetEachTest) importAll(sandbox);
    },
    eachTest: resetEachTest ? importAll : undefined,
  });
}
