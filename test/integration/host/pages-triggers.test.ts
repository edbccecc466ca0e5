/**
 * The "Forge sandbox" drawer on the host's pages, over plain HTTP: every page offers the manifest's
 * scheduled job and the queue; an issue page carries the avi:jira:updated:issue event for that issue,
 * equal to the one the host delivers on its own after a change and accepted by POST /__forge/trigger;
 * a manifest without those modules says so; GET /__forge/events?limit= trims the list the drawer polls.
 */
import { USERS } from '../../../sandbox/seed/base';
import { manifestVariant, type ManifestVariant } from '../../helpers/manifest-variant';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { createTestApp, type RecordedCall, testAppManifest } from './test-app';

/** The test app's manifest: the real one plus its queue consumer. */
const MANIFEST = testAppManifest();
afterAll(() => MANIFEST.remove());

interface DeliveredRecord { eventType: string; status: string; event: Record<string, unknown> & { issue?: { key: string } } }
interface EventsAnswer { enabled: boolean; pending: number; events: DeliveredRecord[] }

const decodeEntities = (text: string) => text
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The drawer's action buttons: their kind, key and visible label. */
function drawerActions(page: string): Array<{ action: string; key?: string; label: string; disabled: boolean }> {
  return [...page.matchAll(/<button type="button" class="button" data-forge-action="([^"]+)"([^>]*)>([^<]*)<\/button>/g)].map((m) => ({
    action: m[1],
    ...(/data-key="([^"]+)"/.exec(m[2]) ? { key: /data-key="([^"]+)"/.exec(m[2])?.[1] } : {}),
    label: decodeEntities(m[3]),
    disabled: /\sdisabled/.test(m[2]),
  }));
}

/** The event the issue page's "Send 'issue updated' event" button posts. */
function embeddedEvent(page: string): Record<string, unknown> & { issue: { id: string; key: string; fields: Record<string, unknown> } } {
  const match = /<script type="application\/json" id="forge-dev-issue-event">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('The page carries no issue event');
  return JSON.parse(match[1]);
}

describe('the Forge sandbox drawer on host pages', () => {
  let sandbox: Sandbox;
  let calls: RecordedCall[];
  const get = async (path: string, as = 'alice') => {
    const response = await fetch(`${sandbox.url}${path}`, { headers: { cookie: `as=${as}` } });
    return { status: response.status, html: await response.text() };
  };
  const events = async (query = ''): Promise<EventsAnswer> => (await fetch(`${sandbox.url}/__forge/events${query}`)).json() as Promise<EventsAnswer>;

  beforeAll(async () => {
    const app = createTestApp();
    calls = app.calls;
    sandbox = await startSandbox({ seed: 'demo', handlers: app.handlers, manifestPath: MANIFEST.path, productEvents: true });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => { calls.length = 0; });

  it.each(['/', '/dashboard', '/projects/QA/settings', '/browse/QA-1', '/browse/QA-99999'])('%s has the drawer, its top-bar toggle and the job buttons', async (path) => {
    const { html } = await get(path);
    expect(html).toMatch(/<button type="button" id="forge-dev-toggle"[^>]*aria-expanded="false" aria-controls="forge-dev">/);
    expect(html).toContain('<aside id="forge-dev" class="forge-dev" aria-labelledby="forge-dev-title" hidden>');
    expect(html).toContain('<h2 id="forge-dev-title" tabindex="-1">Forge sandbox</h2>');
    expect(html).toContain('Not part of Jira or the app.');
    const actions = drawerActions(html);
    expect(actions.filter((a) => a.action !== 'product-event')).toEqual([
      { action: 'scheduled', key: 'daily-reminders', label: 'Run daily job', disabled: false },
      { action: 'queue', label: 'Run queued jobs', disabled: false },
    ]);
    expect(html).toContain('scheduledTrigger <code>daily-reminders</code>, every day');
    expect(html).toContain('Runs the events waiting on <code>metrics-jobs</code> now');
    expect(html).toContain('role="status" aria-live="polite"');
    expect(html).toContain('fetch(\'/__forge/trigger\'');
  });

  it('offers the issue event only on a page showing an issue', async () => {
    for (const path of ['/', '/dashboard', '/browse/QA-99999']) {
      const { html } = await get(path);
      expect(drawerActions(html).some((a) => a.action === 'product-event')).toBe(false);
      expect(html).not.toContain('id="forge-dev-issue-event"');
    }
    const { html } = await get('/browse/QA-1');
    expect(drawerActions(html).filter((a) => a.action === 'product-event')).toEqual([
      { action: 'product-event', label: "Send 'issue updated' event for QA-1", disabled: false },
    ]);
    expect(html).toContain('<code>avi:jira:updated:issue</code> to <code>issue-events</code>.');
  });

  it('carries the issue\'s latest change, as the app reads it, in Forge\'s avi:jira:updated:issue shape', async () => {
    const { html } = await get('/browse/QA-1', 'bob');
    const event = embeddedEvent(html);
    const changelog = await sandbox.jira<{ total: number; values: Array<{ id: string; author: { accountId: string; displayName: string }; items: Array<Record<string, unknown>> }> }>(
      'alice', '/rest/api/3/issue/QA-1/changelog?maxResults=1000',
    );
    const latest = changelog.body.values[changelog.body.total - 1];
    const issue = await sandbox.jira<{ id: string; key: string; fields: Record<string, unknown> }>('alice', '/rest/api/3/issue/QA-1?fields=*navigable');
    expect(event).toEqual({
      eventType: 'avi:jira:updated:issue',
      atlassianId: latest.author.accountId,
      issue: { id: issue.body.id, key: 'QA-1', fields: expect.objectContaining({ summary: issue.body.fields.summary, issuetype: expect.objectContaining({ name: 'Incident' }) }) },
      changelog: { id: latest.id, items: latest.items },
    });
    const first = latest.items[0] as { field: string; toString: string | null };
    expect(decodeEntities(html)).toContain(`Carries the latest change: ${first.field}: `);
    expect(decodeEntities(html)).toContain(`${first.toString ?? 'None'}`);
  });

  it('equals the event the host delivers on its own after a change, and POST /__forge/trigger runs the trigger with it', async () => {
    // An action-item task: the trigger's filter lets through only issues that carry the app's marker.
    const task = sandbox.emulator.store.issues().find((i) => i.properties.has('qa-postmortem-action'));
    if (!task) throw new Error('The demo seed has no action-item task');
    const edited = await sandbox.jira('alice', `/rest/api/3/issue/${task.key}`, { method: 'PUT', body: { fields: { labels: ['sandbox-drawer'] } } });
    expect(edited.status).toBe(204);
    await sandbox.host.productEvents.idle();
    const delivered = (await events()).events.find((r) => r.event.issue?.key === task.key);
    expect(delivered).toMatchObject({ eventType: 'avi:jira:updated:issue', status: 'delivered' });
    calls.length = 0;

    const event = embeddedEvent((await get(`/browse/${task.key}`)).html);
    // Links differ only in the host name: the host's own reads, like the app's requestJira, reach Jira at 127.0.0.1.
    const sameSite = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('http://127.0.0.1:', 'http://localhost:'));
    expect(sameSite(event)).toEqual(sameSite(delivered?.event));
    expect(event).toMatchObject({ atlassianId: USERS.alice.accountId, changelog: { items: [expect.objectContaining({ field: 'labels', toString: 'sandbox-drawer' })] } });

    const run = await sandbox.trigger<{ type: string; ran: Array<{ moduleKey: string; ok: boolean }> }>({ type: 'product-event', event });
    expect(run.status).toBe(200);
    expect(run.body.ran).toEqual([expect.objectContaining({ moduleKey: 'issue-events', ok: true })]);
    expect(calls.map((c) => c.handler)).toEqual(['onIssueEvent']);
    expect(calls[0].event).toMatchObject({ ...event, context: { moduleKey: 'issue-events' } });
  });

  it('runs the same filter on an event sent from the drawer: an issue without the marker reaches no trigger, and says why', async () => {
    calls.length = 0;
    const event = embeddedEvent((await get('/browse/QA-2')).html);
    const run = await sandbox.trigger<{ ran: unknown[]; ignoredBy: Array<{ moduleKey: string; reason: string }> }>({ type: 'product-event', event });
    expect(run.status).toBe(200);
    expect(run.body.ran).toEqual([]);
    expect(run.body.ignoredBy).toEqual([{ moduleKey: 'issue-events', reason: expect.stringContaining('filter.expression') }]);
    expect(calls).toEqual([]);
  });

  it('sends an issue that was never changed without a changelog, and keeps markup in its data out of the page', async () => {
    const summary = 'Fresh </script><script>window.pwned = 1</script> & "quoted"';
    const created = await sandbox.jira<{ key: string }>('alice', '/rest/api/3/issue', {
      method: 'POST', body: { fields: { project: { key: 'QA' }, issuetype: { name: 'Bug' }, summary } },
    });
    expect(created.status).toBe(201);
    const { html } = await get(`/browse/${created.body.key}`);
    expect(html).not.toContain('<script>window.pwned');
    const event = embeddedEvent(html);
    expect(event.issue.fields.summary).toBe(summary);
    expect(event).not.toHaveProperty('changelog');
    expect(event).not.toHaveProperty('atlassianId');
    expect(html).toContain(`${created.body.key} has no change history: the event has no changelog.`);
  });

  it('GET /__forge/events?limit=n answers only the newest n, and refuses a limit that is not a positive whole number', async () => {
    for (const label of ['limit-a', 'limit-b']) {
      await sandbox.jira('alice', '/rest/api/3/issue/QA-3', { method: 'PUT', body: { fields: { labels: [label] } } });
    }
    await sandbox.host.productEvents.idle();
    const all = await events();
    expect(all.events.length).toBeGreaterThanOrEqual(2);
    const newest = await events('?limit=1');
    expect(newest).toEqual({ enabled: true, pending: 0, events: [all.events[0]] });
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const response = await fetch(`${sandbox.url}/__forge/events?limit=${bad}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'limit must be a positive whole number' } });
    }
  });
});

describe('the Forge sandbox drawer for a manifest without jobs or triggers', () => {
  let sandbox: Sandbox;
  let manifest: ManifestVariant;
  beforeAll(async () => {
    manifest = manifestVariant((raw) => {
      delete raw.modules.scheduledTrigger;
      delete raw.modules.consumer;
      delete raw.modules.trigger;
      raw.modules.function = raw.modules.function.filter((f) => f.key === 'resolver');
    });
    sandbox = await startSandbox({ seed: 'demo', handlers: createTestApp().handlers, manifestPath: manifest.path });
  });
  afterAll(async () => {
    await sandbox.close();
    manifest.remove();
  });

  it('says there is nothing to run, and disables the event no trigger would receive', async () => {
    const response = await fetch(`${sandbox.url}/browse/QA-1`, { headers: { cookie: 'as=alice' } });
    const html = await response.text();
    expect(html).toContain('The manifest has no scheduledTrigger.');
    expect(html).toContain('The manifest has no queue consumer.');
    expect(drawerActions(html)).toEqual([{ action: 'product-event', label: "Send 'issue updated' event for QA-1", disabled: true }]);
    expect(html).toContain('No trigger module subscribes to <code>avi:jira:updated:issue</code>.');
  });
});
