/**
 * Script and URL injection in every field, rendered in Chromium. Nine kinds of hostile text (script
 * tags, event-handler attributes, SVG, srcdoc frames, javascript: and data: URLs, template and
 * attribute breakouts) go into every free-text field of a post-mortem (each field its own marker),
 * the incident's summary and a linked issue's, an action item and its Jira task, and a component
 * name. Then the panel is walked stage by stage as alice (who edits) and dave (who reads), and the
 * issue context is opened. Passes when:
 * - no injected code ran: `__pwned`, exposed to every frame, is never called, and no Content
 *   Security Policy violation is reported (an inline script the page tried to run would be one);
 * - nothing the text could become exists: no element with an on* attribute, no javascript:/data:
 *   link, no frame or script inside the app's frames;
 * - the text is shown as text: each stage shows some of the markers literally.
 * Screenshots: test-results/screenshots/injection-*.png.
 */
import type { FrameLocator, Page } from 'playwright-core';
import type { PostmortemDocument } from '../../src/domain/postmortem';
import { USERS } from '../../sandbox/seed/base';
import { DEMO_INCIDENTS } from '../../sandbox/seed/demo';
import type { Sandbox } from '../helpers/sandbox';
import { actionItemFor, userEvent, workedDocument } from '../helpers/postmortem-builders';
import type { LaunchedBrowser } from './browser';
import { visit } from './browser';
import { ensureAppBuilt, screenshot } from './browser';
import { openPanel, panelBrowserPerFile, panelExtension, shootPanel, stage } from './panel-page';

const INCIDENT = DEMO_INCIDENTS.fresh;
const NOW = new Date();

/** Nine kinds of hostile text; `tag` names the field, so a hit says where it came from. */
const KINDS: ((tag: string) => string)[] = [
  (tag) => `<script>window.__pwned('${tag}')</script>`,
  (tag) => `<img src=x onerror="window.__pwned('${tag}')">`,
  (tag) => `<svg/onload=window.__pwned('${tag}')>`,
  (tag) => `"><iframe srcdoc="<script>parent.__pwned('${tag}')</script>"></iframe>`,
  (tag) => `javascript:window.__pwned('${tag}')`,
  (tag) => `data:text/html,<script>parent.__pwned('${tag}')</script>`,
  (tag) => `{{constructor.constructor('window.__pwned("${tag}")')()}}`,
  (tag) => `' onmouseover='window.__pwned("${tag}")' x='`,
  (tag) => `[click](javascript:window.__pwned('${tag}')) </textarea><script>window.__pwned('${tag}')</script>`,
];
let next = 0;
const hostile = (tag: string) => KINDS[(next += 1) % KINDS.length](tag);

/** Every free-text field of the document, each with its own hostile text. */
function hostileDocument(): PostmortemDocument {
  const base = workedDocument(NOW);
  return {
    ...base,
    gather: {
      ...base.gather,
      impactSummary: hostile('impactSummary'),
      affectedJourneys: [hostile('affectedJourney')],
      evidence: [
        { label: hostile('evidenceLabel'), url: `https://logs.example.com/"><script>window.__pwned('evidenceUrl')</script>`, kind: 'log' },
        { label: hostile('evidenceLabel2'), url: `https://example.com/?q=' onmouseover='window.__pwned("evidenceUrl2")`, kind: 'dashboard' },
      ],
      suspectedChanges: [{ kind: 'other', ref: hostile('suspectedChangeRef').slice(0, 200), note: hostile('suspectedChangeNote') }],
    },
    timeline: {
      ...base.timeline,
      events: [...base.timeline.events, userEvent(NOW, { id: 'ev-hostile', text: hostile('timelineEvent') })],
    },
    rootCause: {
      ...base.rootCause,
      whys: base.rootCause.whys.map((why, i) => ({ ...why, question: hostile(`whyQuestion${i}`), answer: hostile(`whyAnswer${i}`) })),
      contributingFactors: [hostile('contributingFactor')],
    },
    probes: Object.fromEntries(Object.entries(base.probes).map(([name, probe]) => [name, { ...probe, notes: hostile(`probe-${name}`) }])) as PostmortemDocument['probes'],
    actionItems: [actionItemFor(NOW, {
      id: 'hostile-1', title: hostile('actionTitle').slice(0, 200), description: hostile('actionDescription'),
      ownerAccountId: USERS.bob.accountId, ownerDisplayName: hostile('ownerDisplayName').slice(0, 200),
    })],
  };
}

interface Guard { hits: string[] }

/** What the text could have become, anywhere in the app's frame. */
async function dangerousNodes(frame: FrameLocator): Promise<string[]> {
  return frame.locator('body').evaluate((body) => {
    const found: string[] = [];
    for (const el of Array.from(body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) && /__pwned/.test(el.outerHTML)) found.push(`<${el.tagName.toLowerCase()}> with the payload`);
    }
    return found;
  });
}

async function checkFrame(frame: FrameLocator, guard: Guard, where: string): Promise<void> {
  expect({ where, nodes: await dangerousNodes(frame), ran: guard.hits }).toEqual({ where, nodes: [], ran: [] });
  // Hover everything once: a smuggled onmouseover would run now.
  const count = await frame.locator('body *').count();
  expect(count).toBeGreaterThan(0);
  await frame.locator('body').hover();
  expect(guard.hits).toEqual([]);
}

describe('script and URL injection, rendered in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  const guard: Guard = { hits: [] };

  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  }, { resetEachTest: false });

  beforeAll(async () => {
    ensureAppBuilt('context');
    await browser.context.exposeBinding('__pwned', (_source, tag: unknown) => { guard.hits.push(String(tag)); });
    const jira = async (user: string, path: string, init: { method: string; body?: unknown }) => {
      const answer = await sandbox.jira(user, path, init);
      if (answer.status >= 300) throw new Error(`${init.method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    // Jira's own text, which the panel shows: the incident's summary, a linked bug's, a comment.
    await jira('alice', `/rest/api/3/issue/${INCIDENT}`, { method: 'PUT', body: { fields: { summary: hostile('incidentSummary') } } });
    const bug = sandbox.emulator.importIssues({ issues: [{ fields: {
      project: { key: 'QA' }, issuetype: { name: 'Bug' }, summary: hostile('linkedSummary'), reporter: { accountId: USERS.bob.accountId }, created: NOW.toISOString(),
    } }] }).keys[0];
    await jira('alice', '/rest/api/3/issueLink', { method: 'POST', body: { type: { name: 'Relates' }, inwardIssue: { key: INCIDENT }, outwardIssue: { key: bug } } });
    await jira('bob', `/rest/api/3/issue/${INCIDENT}/comment`, { method: 'POST', body: { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: hostile('comment') }] }] } } });

    // The post-mortem, through the app as alice, and its task in Jira.
    const extension = panelExtension(sandbox, INCIDENT);
    const view = await sandbox.invoke<{ ok: boolean; data: { revision: number } }>('alice', 'qa-postmortem-panel', 'getPostmortem', {}, extension);
    const saved = await sandbox.invoke<{ ok: boolean }>('alice', 'qa-postmortem-panel', 'savePostmortem', { document: { ...hostileDocument(), revision: view.body.data.revision }, baseRevision: view.body.data.revision }, extension);
    expect(saved.body).toMatchObject({ ok: true });
    const created = await sandbox.invoke<{ ok: boolean; data: { results: { status: string }[] } }>('alice', 'qa-postmortem-panel', 'createActionItems', {}, extension);
    expect(created.body).toMatchObject({ ok: true, data: { results: [{ status: 'created' }] } });
  });

  /** The guards can see what they look for: a call of __pwned, and a javascript: link put there on purpose (a handler attribute would itself be a CSP violation). */
  const selfCheck = async (frame: FrameLocator) => {
    await frame.locator('body').evaluate(() => (window as unknown as { __pwned: (tag: string) => Promise<void> }).__pwned('self-check'));
    expect(guard.hits).toEqual(['self-check']);
    guard.hits.length = 0;
    await frame.locator('body').evaluate((body) => { const link = document.createElement('a'); link.setAttribute('href', 'javascript:void 0'); link.id = 'self-check'; body.append(link); });
    expect(await dangerousNodes(frame)).toEqual(['<a href="javascript:void 0">']);
    await frame.locator('#self-check').evaluate((link) => link.remove());
  };

  const walk = async (page: Page, user: string) => {
    const frame = await openPanel(page, sandbox, user, INCIDENT);
    await frame.getByTestId('postmortem-panel').waitFor();
    await selfCheck(frame);
    let shown = 0;
    for (const id of ['gather', 'timeline', 'root-cause', 'probes', 'actions', 'review', 'follow-through']) {
      const region = await stage(frame, id);
      await checkFrame(frame, guard, `${user}, stage ${id}`);
      // The text is there, shown as text.
      if ((await region.innerText()).includes('__pwned')) shown += 1;
      if (id === 'gather' || id === 'review') await shootPanel(page, `injection-${user}-${id}`);
    }
    expect(shown).toBeGreaterThanOrEqual(5);
  };

  it('runs nothing and builds nothing from hostile text in any stage, for the editor and for the reader', async () => {
    const page = await browser.newPage();
    await walk(page, 'alice');
    await walk(page, 'dave');
    await page.close();
  });

  it('runs nothing from hostile text in the issue context', async () => {
    const page = await browser.newPage();
    await visit(page, `${sandbox.url}/browse/${INCIDENT}?as=alice`);
    const context = page.locator('details.issue-context[data-module-key="qa-postmortem-context"]');
    await context.locator('summary').click();
    const frame = page.frameLocator('details.issue-context[data-module-key="qa-postmortem-context"] iframe.forge-frame');
    await frame.getByTestId('postmortem-status').waitFor();
    await checkFrame(frame, guard, 'issue context');
    await screenshot(page, 'injection-issue-context');
    await page.close();
  });
});
