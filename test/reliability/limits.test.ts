/**
 * Every limit the app states, tried at its edge and one step past it, through the local Forge host:
 * at the edge the call is served; past it, it is refused with VALIDATION or TOO_LARGE naming the
 * field, an HTTP 4xx, and nothing written to Jira or Forge storage. Where the edge is not a number
 * the app chose but follows from Jira's 32 KB property limit and the room the app keeps (the
 * post-mortem's size), it is found by bisection and both sides are checked.
 * Figures go to test-results/reliability/limits.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SUMMARY_MAX_LENGTH } from '../../src/domain/actions/validation';
import { PERIOD_MAX_MONTHS } from '../../src/domain/metrics/dates';
import { defaultSettings } from '../../src/domain/metrics';
import { SETTINGS_LIMITS } from '../../src/domain/metrics/settings-limits';
import { PROPERTY_VALUE_MAX_BYTES } from '../../src/domain/postmortem/size';
import { USERS } from '../../sandbox/seed/base';
import type { Sandbox } from '../helpers/sandbox';
import { actionItemFor, workedDocument } from '../helpers/postmortem-builders';
import { incidentImport } from '../integration/postmortem/panel-client';
import { isJiraWrite, reliabilitySandboxPerFile, storageChanges, storageSnapshot } from './property-harness';

let sandbox: Sandbox;
reliabilitySandboxPerFile('demo', { ready: (sb) => { sandbox = sb; } });

const NOW = new Date();
const PANEL = 'qa-postmortem-panel';
const GADGET = 'qa-metrics-gadget';
const SETTINGS_PAGE = 'qa-postmortem-settings';
const QA = { project: { key: 'QA', id: '10000', type: 'software' } };
type Body = { ok?: boolean; data?: Record<string, unknown>; error?: { code?: string; message?: string; details?: { issues?: { path: (string | number)[] }[]; items?: { problems: { field: string }[] }[] } } };

const figures: Record<string, { edge: number | string; atEdge: string; pastEdge: string }> = {};
afterAll(() => {
  const dir = path.join('test-results', 'reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'limits.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

function extensionOf(key: string) {
  return { issue: { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id as string, type: 'Incident' }, ...QA };
}
const codeOf = (body: Body) => (body.ok === true ? 'ok' : body.error?.code ?? 'none');

/** A call and what it wrote to Jira and Forge storage. */
async function call(user: string, module: string, fn: string, payload: unknown, extension: Record<string, unknown> = {}) {
  const before = storageSnapshot(sandbox);
  const mark = sandbox.emulator.requests.length;
  const answer = await sandbox.invoke<Body>(user, module, fn, payload, extension);
  const writes = sandbox.emulator.requests.slice(mark).filter((r) => isJiraWrite(r) && r.status < 400).map((r) => `${r.method} ${r.path}`);
  return { status: answer.status, body: answer.body, code: codeOf(answer.body), writes, stored: storageChanges(before, storageSnapshot(sandbox)).map((c) => c.entry) };
}

/** Refused past the edge: a 4xx with `code`, naming `field`, nothing written. */
function refused(answer: Awaited<ReturnType<typeof call>>, code: string, field: string) {
  expect({ status: answer.status < 500 && answer.status >= 400, code: answer.code, writes: answer.writes, stored: answer.stored })
    .toEqual({ status: true, code, writes: [], stored: [] });
  const issues = answer.body.error?.details?.issues ?? [];
  const named = issues.some((issue) => issue.path.map(String).includes(field)) || (answer.body.error?.message ?? '').includes(field);
  expect({ field, named }).toEqual({ field, named: true });
}

describe('limits of the payloads', () => {
  it(`searchAssignableUsers: a query of 255 characters is served, 256 refused`, async () => {
    const key = sandbox.emulator.importIssues({ issues: [incidentImport(NOW)] }).keys[0];
    const at = await call('alice', PANEL, 'searchAssignableUsers', { query: 'b'.repeat(255) }, extensionOf(key));
    expect(at.code).toBe('ok');
    refused(await call('alice', PANEL, 'searchAssignableUsers', { query: 'b'.repeat(256) }, extensionOf(key)), 'VALIDATION', 'query');
    figures.assigneeQueryChars = { edge: 255, atEdge: at.code, pastEdge: 'VALIDATION' };
  });

  it('listProjects: a query of 100 characters is served, 101 refused', async () => {
    const at = await call('alice', GADGET, 'listProjects', { query: 'q'.repeat(100) });
    expect(at.code).toBe('ok');
    refused(await call('alice', GADGET, 'listProjects', { query: 'q'.repeat(101) }), 'VALIDATION', 'query');
    figures.projectQueryChars = { edge: 100, atEdge: at.code, pastEdge: 'VALIDATION' };
  });

  it(`getProjectMetrics: a period of ${PERIOD_MAX_MONTHS} calendar months is served, one month more refused`, async () => {
    const to = NOW.toISOString().slice(0, 10);
    const monthStart = (monthsBack: number) => {
      const d = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - monthsBack, 1));
      return d.toISOString().slice(0, 10);
    };
    const at = await call('alice', GADGET, 'getProjectMetrics', { projectKey: 'QA', from: monthStart(PERIOD_MAX_MONTHS - 1), to, groupBy: 'month' });
    expect(at.code).toBe('ok');
    refused(await call('alice', GADGET, 'getProjectMetrics', { projectKey: 'QA', from: monthStart(PERIOD_MAX_MONTHS), to, groupBy: 'month' }), 'VALIDATION', 'from');
    figures.periodMonths = { edge: PERIOD_MAX_MONTHS, atEdge: at.code, pastEdge: 'VALIDATION' };
  });
});

describe('limits of the settings', () => {
  const save = (settings: Record<string, unknown>) => call('alice', SETTINGS_PAGE, 'saveSettings', { settings: { ...defaultSettings(), ...settings } }, QA);
  const { dueWeeks, targetPercent, escapedDefectJqlMaxChars } = SETTINGS_LIMITS;

  it.each([
    ['dueDateWeeks.high', { dueDateWeeks: { high: dueWeeks.max, other: 8 } }, { dueDateWeeks: { high: dueWeeks.max + 1, other: 8 } }, 'high'],
    ['dueDateWeeks.other (lowest)', { dueDateWeeks: { high: 4, other: dueWeeks.min } }, { dueDateWeeks: { high: 4, other: dueWeeks.min - 1 } }, 'other'],
    ['targets.leakageRate', { targets: { leakageRate: targetPercent.max, reopenRate: 5 } }, { targets: { leakageRate: targetPercent.max + 0.01, reopenRate: 5 } }, 'leakageRate'],
    ['targets.reopenRate (lowest)', { targets: { leakageRate: 10, reopenRate: targetPercent.min } }, { targets: { leakageRate: 10, reopenRate: targetPercent.min - 0.01 } }, 'reopenRate'],
    // A rule of exactly the maximum length: Jira takes the spaces between its words.
    ['escapedDefectJql', { escapedDefectJql: `labels =${' '.repeat(escapedDefectJqlMaxChars - 'labels ='.length - 'found-in-production'.length)}found-in-production` },
      { escapedDefectJql: `labels =${' '.repeat(escapedDefectJqlMaxChars + 1 - 'labels ='.length - 'found-in-production'.length)}found-in-production` }, 'escapedDefectJql'],
  ] as const)('%s: saved at the edge, refused one step past it', async (name, atEdge, pastEdge, field) => {
    const at = await save(atEdge);
    expect({ name, code: at.code, message: at.body.error?.message }).toEqual({ name, code: 'ok', message: undefined });
    refused(await save(pastEdge), 'VALIDATION', field);
    const value: unknown = Object.values(atEdge)[0];
    figures[`settings.${name}`] = { edge: typeof value === 'string' ? `${value.length} characters` : JSON.stringify(value), atEdge: at.code, pastEdge: 'VALIDATION' };
  });
});

describe('limits of the post-mortem', () => {
  it(`an action item's title of ${SUMMARY_MAX_LENGTH} characters becomes a task, one more is refused before anything is created`, async () => {
    const key = sandbox.emulator.importIssues({ issues: [incidentImport(NOW)] }).keys[0];
    const saveItems = async (title: string) => {
      const view = await call('alice', PANEL, 'getPostmortem', {}, extensionOf(key));
      const revision = (view.body.data as { revision: number }).revision;
      const doc = workedDocument(NOW, { actionItems: [actionItemFor(NOW, { id: `t${title.length}`, title, ownerAccountId: USERS.bob.accountId })] });
      const saved = await call('alice', PANEL, 'savePostmortem', { document: { ...doc, revision }, baseRevision: revision }, extensionOf(key));
      expect(saved.code).toBe('ok');
    };
    await saveItems('T'.repeat(SUMMARY_MAX_LENGTH + 1));
    const past = await call('alice', PANEL, 'createActionItems', {}, extensionOf(key));
    expect({ code: past.code, writes: past.writes, stored: past.stored }).toEqual({ code: 'VALIDATION', writes: [], stored: [] });
    expect(past.body.error?.details?.items?.[0].problems.map((p) => p.field)).toEqual(['title']);

    await saveItems('T'.repeat(SUMMARY_MAX_LENGTH));
    const at = await call('alice', PANEL, 'createActionItems', {}, extensionOf(key));
    expect(at.code).toBe('ok');
    expect((at.body.data as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['created']);
    figures.actionTitleChars = { edge: SUMMARY_MAX_LENGTH, atEdge: 'created', pastEdge: 'VALIDATION' };
  });

  it('a post-mortem as large as fits (with the room kept for what the app adds later) is saved, one character more is refused as TOO_LARGE', async () => {
    const key = sandbox.emulator.importIssues({ issues: [incidentImport(NOW)] }).keys[0];
    const base = workedDocument(NOW, { actionItems: Array.from({ length: 20 }, (_, i) => actionItemFor(NOW, { id: `s${i}`, title: `Item ${i}`, description: 'd'.repeat(400) })) });
    let revision = 0;
    const attempt = async (chars: number) => {
      const doc = { ...base, revision, gather: { ...base.gather, impactSummary: 'i'.repeat(chars) } };
      const answer = await call('alice', PANEL, 'savePostmortem', { document: doc, baseRevision: revision }, extensionOf(key));
      if (answer.code === 'ok') revision = (answer.body.data as { revision: number }).revision;
      return answer;
    };
    // Bisection: the largest impact summary that is saved.
    let fits = 0;
    let tooBig = PROPERTY_VALUE_MAX_BYTES * 2;
    while (tooBig - fits > 1) {
      const mid = Math.floor((fits + tooBig) / 2);
      const answer = await attempt(mid);
      if (answer.code === 'ok') fits = mid;
      else {
        expect(answer.code).toBe('TOO_LARGE');
        tooBig = mid;
      }
    }
    expect(fits).toBeGreaterThan(1000);
    expect((await attempt(fits)).code).toBe('ok');
    const past = await attempt(fits + 1);
    refused(past, 'TOO_LARGE', 'Gather');
    figures.postmortemImpactSummaryChars = { edge: fits, atEdge: 'ok', pastEdge: 'TOO_LARGE' };
  });
});
