/**
 * The host pointed at "a real Jira site" (here the emulator on a server of its own, standing in for
 * https://<site>.atlassian.net): the token's owner is the only user, every product request (as user
 * or as app) carries the site's e-mail + API token, and contexts name the site's URL.
 */
import type { Server } from 'node:http';
import express from 'express';
import { createJiraEmulator, type JiraEmulator } from '../../../sandbox/emulator';
import { createHost, type ForgeHost } from '../../../sandbox/host';
import { USERS } from '../../../sandbox/seed/base';
import { createTestApp, testAppManifest } from './test-app';

const MANIFEST = testAppManifest();
afterAll(() => MANIFEST.remove());

describe('the host against a real site', () => {
  let site: Server;
  let siteUrl: string;
  let emulator: JiraEmulator;
  let host: ForgeHost;
  let hostUrl: string;

  beforeAll(async () => {
    emulator = createJiraEmulator({ seed: 'demo' });
    const app = express();
    app.use(emulator.router);
    site = app.listen(0);
    await new Promise<void>((resolve) => site.once('listening', () => resolve()));
    siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
    host = createHost({ jira: { site: siteUrl, email: USERS.carol.emailAddress, apiToken: 'api-token' }, handlers: createTestApp().handlers, manifestPath: MANIFEST.path });
    hostUrl = await host.listen(0);
  });
  afterAll(async () => {
    await host.close();
    await new Promise<void>((resolve) => { site.close(() => resolve()); site.closeAllConnections(); });
  });

  it('knows only the token\'s owner, found with GET /rest/api/3/myself', () => {
    expect(host.emulator).toBeNull();
    expect(host.users().users()).toEqual([expect.objectContaining({ name: 'carol', accountId: USERS.carol.accountId, displayName: USERS.carol.displayName })]);
  });

  it('runs the resolver as that user, against the site, with the site\'s URL in the context', async () => {
    const who = await host.invoke('carol', { moduleKey: 'qa-postmortem-panel', functionKey: 'whoAmI' });
    expect(who).toEqual({ status: 200, body: { status: 200, body: expect.objectContaining({ accountId: USERS.carol.accountId }) } });
    const echo = await host.invoke('carol', { moduleKey: 'qa-postmortem-panel', functionKey: 'echo', extension: { issue: { key: 'QA-1' } } });
    expect(echo.body).toMatchObject({ context: { siteUrl: siteUrl, accountId: USERS.carol.accountId } });
    expect((await host.invoke('alice', { moduleKey: 'qa-postmortem-panel', functionKey: 'echo' })).status).toBe(401);
  });

  it('sends the app\'s requests with the same credentials', async () => {
    const task = emulator.store.issues().find((i) => i.properties.has('qa-postmortem-action'));
    if (!task) throw new Error('The demo seed has no action-item task');
    const before = emulator.requests.length;
    const outcome = await host.trigger({ type: 'product-event', event: { eventType: 'avi:jira:updated:issue', issue: { key: task.key } } });
    expect(outcome.ran).toEqual([expect.objectContaining({ ok: true, result: { appAccount: USERS.carol.accountId } })]);
    // The trigger filter's read of the task's marker (as Forge reads it at event time), then the app's own request.
    expect(emulator.requests.slice(before).map((r) => [r.path, r.accountId])).toEqual([
      [`/rest/api/3/issue/${task.key}`, USERS.carol.accountId],
      [expect.any(String), USERS.carol.accountId],
    ]);
  });

  it('renders the pages from the site', async () => {
    const before = await (await fetch(`${hostUrl}/browse/QA-1`)).text();
    // On a site the panel shows once its quick-add button is pressed, as in Jira.
    expect(before).toContain('data-quick-add="qa-postmortem-panel"');
    expect(before).not.toContain('aria-label="QA post-mortem"');
    const added = await fetch(`${hostUrl}/__forge/issue-panels`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ issueKey: 'QA-1', moduleKey: 'qa-postmortem-panel' }),
    });
    expect(added.status).toBe(204);
    const page = await fetch(`${hostUrl}/browse/QA-1`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('aria-label="QA post-mortem"');
    expect(html).toContain(`&quot;siteUrl&quot;:&quot;${siteUrl}&quot;`);
  });
});
