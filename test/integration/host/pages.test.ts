/**
 * The host's pages and the endpoints their bridge uses, over plain HTTP: what each page shows for
 * whom, where the app's iframes go and with which Forge context, the shim in the served index.html,
 * gadget configuration, and requestJira proxied as the viewer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { USERS } from '../../../sandbox/seed/base';
import { FRAME_SHIM_PATH } from '../../../sandbox/host/bridge/frame-shim';
import { manifestVariant, type ManifestVariant } from '../../helpers/manifest-variant';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { createTestApp } from './test-app';

function auth(email: string): string {
  return `Basic ${Buffer.from(`${email}:x`).toString('base64')}`;
}

/** The decoded data-context JSON of each Forge iframe on a page. */
function frameContexts(page: string): Array<{ accountId: string; moduleKey: string; extension: Record<string, unknown> }> {
  return [...page.matchAll(/<iframe class="forge-frame"[^>]*data-context="([^"]*)"/g)].map((m) => JSON.parse(m[1]
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')));
}

const BUILT_INDEX = '<!doctype html><html><head><title>Panel</title><script type="module" src="./assets/app.js"></script></head><body><div id="root"></div></body></html>';

/** The real manifest with every resource pointing at a tiny fixture build. */
function manifestWithFixtureBuilds(): ManifestVariant {
  return manifestVariant((manifest, dir) => {
    for (const resource of manifest.resources) {
      const build = path.join(dir, resource.key);
      fs.mkdirSync(path.join(build, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(build, 'index.html'), BUILT_INDEX);
      fs.writeFileSync(path.join(build, 'assets', 'app.js'), 'document.title = "loaded";');
      fs.writeFileSync(path.join(build, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      resource.path = build;
    }
  });
}

describe('host pages', () => {
  let sandbox: Sandbox;
  let manifest: ManifestVariant;
  let qa1Summary: string;
  const get = async (path: string, as?: string) => {
    const response = await fetch(`${sandbox.url}${path}`, { headers: as ? { cookie: `as=${as}` } : {} });
    return { status: response.status, html: await response.text(), headers: response.headers };
  };

  beforeAll(async () => {
    manifest = manifestWithFixtureBuilds();
    sandbox = await startSandbox({ seed: 'demo', handlers: createTestApp().handlers, manifestPath: manifest.path });
    qa1Summary = (await sandbox.jira<{ fields: { summary: string } }>('alice', '/rest/api/3/issue/QA-1?fields=summary')).body.fields.summary;
  });
  afterAll(async () => {
    await sandbox.close();
    manifest.remove();
  });

  it('lists the incidents and recent issues with links, and links the dashboard and settings', async () => {
    const { status, html } = await get('/');
    expect(status).toBe(200);
    expect(html).toContain('Incident issues');
    expect(html).toMatch(/data-testid="featured-issues"[\s\S]*href="\/browse\/QA-1"/);
    expect(html).toContain('href="/dashboard"');
    expect(html).toContain('href="/projects/QA/settings"');
  });

  it('shows an incident like Jira, with the post-mortem panel in an iframe for the viewer', async () => {
    const { status, html } = await get('/browse/QA-1', 'bob');
    expect(status).toBe(200);
    expect(html).toContain(`data-testid="issue-summary">${qa1Summary}</h1>`);
    expect(html).toContain('aria-label="QA post-mortem"');
    expect(html).toContain('src="/__forge/resources/panel/icon.svg"');
    const [panel] = frameContexts(html);
    expect(panel).toMatchObject({
      accountId: USERS.bob.accountId,
      moduleKey: 'qa-postmortem-panel',
      extension: { type: 'jira:issuePanel', issue: { key: 'QA-1', type: 'Incident' }, project: { key: 'QA' } },
    });
    expect(html).toContain('<option value="bob" selected>');
  });

  it('shows no panel on an issue type the display condition excludes', async () => {
    const search = await sandbox.jira<{ issues: Array<{ key: string }> }>('alice', '/rest/api/3/search/jql', {
      method: 'POST', body: { jql: 'project = QA AND issuetype = Bug', maxResults: 1, fields: ['summary'] },
    });
    const bugKey = search.body.issues[0].key;
    const { status, html } = await get(`/browse/${bugKey}`);
    expect(status).toBe(200);
    expect(frameContexts(html)).toEqual([]);
  });

  it('answers 404 with Jira\'s wording to a user who may not browse the issue', async () => {
    const { status, html } = await get('/browse/QA-1', 'eve');
    expect(status).toBe(404);
    expect(html).toContain('You can\'t view this issue');
    expect(frameContexts(html)).toEqual([]);
  });

  it('switches the viewer with ?as= and remembers it in a cookie', async () => {
    const { html, headers } = await get('/browse/QA-1?as=carol');
    expect(headers.get('set-cookie')).toContain('as=carol');
    expect(frameContexts(html)[0].accountId).toBe(USERS.carol.accountId);
  });

  it('serves the built panel with the bridge shim before the app bundle', async () => {
    const { status, html } = await get('/__forge/resources/panel/index.html?frame=x');
    expect(status).toBe(200);
    expect(html).toBe(BUILT_INDEX.replace('<head>', `<head><script src="${FRAME_SHIM_PATH}"></script>`));
    const asset = await fetch(`${sandbox.url}/__forge/resources/panel/assets/app.js`);
    expect(await asset.text()).toBe('document.title = "loaded";');
    const icon = await fetch(`${sandbox.url}/__forge/resources/panel/icon.svg`);
    expect(icon.status).toBe(200);
    expect(await icon.text()).toContain('<svg');
    const traversal = await fetch(`${sandbox.url}/__forge/resources/panel/%2e%2e/manifest.yml`);
    expect(traversal.status).toBeGreaterThanOrEqual(400);
    expect(await traversal.text()).not.toContain('modules:');
    expect((await fetch(`${sandbox.url}/__forge/resources/panel/missing.js`)).status).toBe(404);
  });

  it('keeps a gadget\'s configuration per gadget and gives it to the gadget\'s context', async () => {
    const before = frameContexts((await get('/dashboard')).html);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ moduleKey: 'qa-metrics-gadget', extension: { type: 'jira:dashboardGadget', gadgetConfiguration: {} } });
    const gadgetId = (before[0].extension.gadget as { id: string }).id;

    const saved = await fetch(`${sandbox.url}/__forge/gadgets/${gadgetId}/configuration`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: auth('alice@example.com') },
      body: JSON.stringify({ configuration: { projectKey: 'QA', refresh: 15 } }),
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ configuration: { projectKey: 'QA', refresh: 15 } });
    const after = frameContexts((await get('/dashboard')).html);
    expect(after[0].extension.gadgetConfiguration).toEqual({ projectKey: 'QA', refresh: 15 });

    const bad = await fetch(`${sandbox.url}/__forge/gadgets/${gadgetId}/configuration`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: auth('alice@example.com') }, body: JSON.stringify({ configuration: [1] }),
    });
    expect(bad.status).toBe(400);
    const unknown = await fetch(`${sandbox.url}/__forge/gadgets/999/configuration`, { headers: { authorization: auth('alice@example.com') } });
    expect(unknown.status).toBe(404);
  });

  it('shows the project settings page with the project in its context', async () => {
    const { status, html } = await get('/projects/QA/settings');
    expect(status).toBe(200);
    expect(frameContexts(html)).toEqual([expect.objectContaining({
      moduleKey: 'qa-postmortem-settings', extension: { type: 'jira:projectSettingsPage', project: { id: expect.any(String), key: 'QA', type: 'software' } },
    })]);
    expect((await get('/projects/NOPE/settings')).status).toBe(404);
  });

  it('proxies the bridge\'s fetchProduct to Jira as the viewer', async () => {
    const fetchProduct = (email: string, restPath: string) => fetch(`${sandbox.url}/__forge/fetch-product`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: auth(email) },
      body: JSON.stringify({ product: 'jira', restPath, fetchRequestInit: { method: 'GET', headers: [['accept', 'application/json']], body: null } }),
    }).then(async (r) => ({ status: r.status, body: await r.json() as { status: number; body: string; headers: Record<string, string>; isAttachment: boolean } }));
    const alice = await fetchProduct('alice@example.com', '/rest/api/3/issue/QA-1?fields=summary');
    expect(alice.status).toBe(200);
    expect(alice.body).toMatchObject({ status: 200, isAttachment: false, headers: expect.objectContaining({ 'content-type': expect.stringContaining('application/json') }) });
    expect(JSON.parse(alice.body.body)).toMatchObject({ key: 'QA-1', fields: { summary: qa1Summary } });
    const eve = await fetchProduct('eve@example.com', '/rest/api/3/issue/QA-1?fields=summary');
    expect(eve.body.status).toBe(404);
    const confluence = await fetch(`${sandbox.url}/__forge/fetch-product`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: auth('alice@example.com') },
      body: JSON.stringify({ product: 'confluence', restPath: '/wiki/api/v2/pages' }),
    });
    expect(confluence.status).toBe(400);
  });
});
