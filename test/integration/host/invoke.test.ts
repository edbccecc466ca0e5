/**
 * POST /__forge/invoke: the resolver runs with Forge's event and context shapes, as the Basic-auth
 * user, its requestJira reaches the emulator as that user, and thrown errors become
 * {"error": {code, message}} with a fitting status.
 */
import { USERS } from '../../../sandbox/seed/base';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { createTestApp } from './test-app';

const PANEL = 'qa-postmortem-panel';

interface Echo {
  payload: unknown;
  context: {
    accountId: string; cloudId: string; siteUrl: string; moduleKey: string; localId: string;
    environmentType: string; installContext: string; timezone: string;
    extension: { type: string; issue?: { key: string } };
  };
}

describe('POST /__forge/invoke', () => {
  let sandbox: Sandbox;
  beforeAll(async () => { sandbox = await startSandbox({ seed: 'demo', handlers: createTestApp().handlers }); });
  afterAll(() => sandbox.close());

  it('calls the module\'s resolver with the payload and a Forge context for the Basic-auth user', async () => {
    const { status, body } = await sandbox.invoke<Echo>('bob', PANEL, 'echo', { revision: 3 }, { issue: { key: 'QA-1' } });
    expect(status).toBe(200);
    expect(body.payload).toEqual({ revision: 3 });
    expect(body.context).toMatchObject({
      accountId: USERS.bob.accountId,
      moduleKey: PANEL,
      siteUrl: sandbox.url,
      environmentType: 'DEVELOPMENT',
      timezone: USERS.bob.timeZone,
      extension: { type: 'jira:issuePanel', issue: { key: 'QA-1' } },
    });
    expect(body.context.installContext).toBe(`ari:cloud:jira::site/${body.context.cloudId}`);
    expect(body.context.localId).toMatch(/^ari:cloud:ecosystem::extension\/[0-9a-f-]+\/[0-9a-f-]+\/static\/qa-postmortem-panel$/);
  });

  it('routes asUser().requestJira to the emulator as the acting user', async () => {
    const alice = await sandbox.invoke<{ status: number; body: { accountId: string } }>('alice', PANEL, 'whoAmI');
    const carol = await sandbox.invoke<{ status: number; body: { accountId: string } }>('carol@example.com', PANEL, 'whoAmI');
    expect(alice.body).toEqual({ status: 200, body: expect.objectContaining({ accountId: USERS.alice.accountId }) });
    expect(carol.body).toEqual({ status: 200, body: expect.objectContaining({ accountId: USERS.carol.accountId }) });
  });

  it('keeps each concurrent invocation\'s user apart', async () => {
    const users = ['alice', 'bob', 'carol', 'dave', 'alice', 'bob'] as const;
    const answers = await Promise.all(users.map((u) => sandbox.invoke<{ body: { accountId: string } }>(u, PANEL, 'whoAmI')));
    expect(answers.map((a) => a.body.body.accountId)).toEqual(users.map((u) => USERS[u].accountId));
  });

  it('lets Jira\'s permissions apply: eve cannot see QA-1, alice can', async () => {
    const eve = await sandbox.invoke<{ status: number }>('eve', PANEL, 'readIssue', { key: 'QA-1' });
    const alice = await sandbox.invoke<{ status: number; body: { key: string } }>('alice', PANEL, 'readIssue', { key: 'QA-1' });
    expect(eve.body.status).toBe(404);
    expect(alice.body).toMatchObject({ status: 200, body: { key: 'QA-1' } });
    const logged = sandbox.emulator.requests.filter((r) => r.path.startsWith('/rest/api/3/issue/QA-1'));
    expect(logged.map((r) => r.accountId)).toEqual(expect.arrayContaining([USERS.eve.accountId, USERS.alice.accountId]));
  });

  it('answers 401 without Basic auth or for an unknown user', async () => {
    const response = await fetch(`${sandbox.url}/__forge/invoke`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ moduleKey: PANEL, functionKey: 'echo' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.stringContaining('Basic auth') } });
    const stranger = await fetch(`${sandbox.url}/__forge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('mallory@example.com:x').toString('base64')}` },
      body: JSON.stringify({ moduleKey: PANEL, functionKey: 'echo' }),
    });
    expect(stranger.status).toBe(401);
  });

  it('maps a thrown error\'s own status and code', async () => {
    const { status, body } = await sandbox.invoke('alice', PANEL, 'failWithStatus');
    expect(status).toBe(409);
    expect(body).toEqual({ error: { code: 'REVISION_CONFLICT', message: 'The post-mortem changed since you opened it' } });
  });

  it('maps the app\'s error codes (src/contract.ts) to their HTTP status', async () => {
    const { status, body } = await sandbox.invoke('alice', PANEL, 'failWithAppCode');
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'VALIDATION', message: 'Severity is required' } });
  });

  it('answers 500 for any other error, with its message', async () => {
    const { status, body } = await sandbox.invoke('alice', PANEL, 'failPlainly');
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'kaput' } });
  });

  it('names an unknown resolver key, module, or missing field', async () => {
    const unknownKey = await sandbox.invoke('alice', PANEL, 'noSuchFunction');
    expect(unknownKey.status).toBe(500);
    expect(unknownKey.body).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: "Resolver has no definition for 'noSuchFunction'." } });
    const unknownModule = await sandbox.invoke('alice', 'no-such-module', 'echo');
    expect(unknownModule).toEqual({ status: 404, body: { error: { code: 'MODULE_NOT_FOUND', message: "No module 'no-such-module' in manifest.yml" } } });
    const noResolver = await sandbox.invoke('alice', 'daily-reminders', 'echo');
    expect(noResolver.status).toBe(404);
    expect(noResolver.body).toEqual({ error: { code: 'RESOLVER_NOT_FOUND', message: expect.stringContaining('daily-reminders') } });
    const missing = await sandbox.invoke('alice', PANEL, '');
    expect(missing).toEqual({ status: 400, body: { error: { code: 'BAD_REQUEST', message: 'functionKey is required' } } });
  });

  it('answers a malformed JSON body with 400', async () => {
    const response = await fetch(`${sandbox.url}/__forge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('alice@example.com:x').toString('base64')}` },
      body: '{"moduleKey":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('Malformed JSON') } });
  });

  it('gives the dashboard gadget and settings page their own module context', async () => {
    const gadget = await sandbox.invoke<Echo>('alice', 'qa-metrics-gadget', 'echo', {}, { gadgetConfiguration: { projectKey: 'QA' } });
    const settings = await sandbox.invoke<Echo>('alice', 'qa-postmortem-settings', 'echo', {}, { project: { key: 'QA' } });
    expect(gadget.body.context).toMatchObject({ moduleKey: 'qa-metrics-gadget', extension: { type: 'jira:dashboardGadget', gadgetConfiguration: { projectKey: 'QA' } } });
    expect(settings.body.context).toMatchObject({ moduleKey: 'qa-postmortem-settings', extension: { type: 'jira:projectSettingsPage', project: { key: 'QA' } } });
  });

  it('gives an {ok: false} envelope its error code\'s status and keeps it whole for the bridge', async () => {
    const { status, body } = await sandbox.invoke('alice', PANEL, 'answerEnvelopeError', {}, { issue: { key: 'QA-1' } });
    expect(status).toBe(409);
    expect(body).toEqual({ error: { code: 'CONFLICT', message: 'Someone else saved first', details: { revision: 7 } }, returned: true });
  });
});
