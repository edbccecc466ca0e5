/**
 * getSettings / saveSettings through the local Forge host: only project administrators save (alice
 * in the demo), an invalid escaped-defect rule gets Jira's own message, saved settings are the
 * project property and change what the metrics count.
 */
import { USERS } from '../../../sandbox/seed/base';
import { defaultSettings } from '../../../src/domain/metrics';
import type { ProjectMetricsResult, SaveSettingsResult, SettingsResult } from '../../../src/contract';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { overall, readRawSite, type RawSite } from './independent-figures';
import { invokeEnvelope } from './invoke-envelope';

const SETTINGS_PAGE = 'qa-postmortem-settings';
const PROJECT_CONTEXT = { project: { key: 'QA', id: '10000', type: 'software' } };
const PROPERTY = '/rest/api/3/project/QA/properties/qa-postmortem-settings';
const DAY = 86_400_000;
// Taken again with the raw site after each reset, which seeds the demo relative to that moment.
const yearToToday = () => ({ from: new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) });
let PERIOD = yearToToday();

let sb: Sandbox;
let site: RawSite;

const save = (user: string, settings: Record<string, unknown>) =>
  invokeEnvelope<SaveSettingsResult>(sb, user, SETTINGS_PAGE, 'saveSettings', { settings }, PROJECT_CONTEXT);

beforeAll(async () => {
  sb = await startSandbox();
});

afterAll(async () => {
  await sb.close();
});

beforeEach(async () => {
  sb.reset();
  PERIOD = yearToToday();
  site = await readRawSite(sb);
});

describe('getSettings', () => {
  it('answers the defaults with the form\'s options, for the settings page\'s own project', async () => {
    const envelope = await invokeEnvelope<SettingsResult>(sb, 'alice', SETTINGS_PAGE, 'getSettings', {}, PROJECT_CONTEXT);

    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data).toEqual(expect.objectContaining({ projectKey: 'QA', projectName: 'QA Platform', settings: defaultSettings(), isDefault: true, canEdit: true }));
    expect(envelope.data.options.issueTypes.map((t) => t.name)).toEqual(['Incident', 'Bug', 'Task', 'Story', 'Test', 'Test Execution', 'Test Plan']);
    expect(envelope.data.options.resolutions.map((r) => r.name)).toEqual(expect.arrayContaining(['Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug']));
    expect(envelope.data.options.projects.map((p) => p.key)).toEqual(['OPS', 'QA']);
    expect(envelope.data.options.components.map((c) => c.name)).toEqual(['Checkout', 'Payments', 'Search', 'Accounts']);

    const asBob = await invokeEnvelope<SettingsResult>(sb, 'bob', 'qa-metrics-gadget', 'getSettings', { projectKey: 'QA' });
    expect(asBob.ok && asBob.data.canEdit).toBe(false);
  });
});

describe('saveSettings', () => {
  it('lets a project admin save: the project property holds the validated settings', async () => {
    const wanted = { ...defaultSettings(), escapedDefectJql: 'labels = regression', targets: { leakageRate: 15, reopenRate: 8 } };

    const envelope = await save('alice', wanted);

    expect(envelope).toEqual({ ok: true, data: { projectKey: 'QA', settings: wanted } });
    expect((await sb.jira('alice', PROPERTY)).body).toEqual({ key: 'qa-postmortem-settings', value: wanted });
    const read = await invokeEnvelope<SettingsResult>(sb, 'alice', SETTINGS_PAGE, 'getSettings', {}, PROJECT_CONTEXT);
    expect(read.ok && read.data).toEqual(expect.objectContaining({ settings: wanted, isDefault: false }));
  });

  it('refuses bob and dave, who are not project admins, and writes nothing', async () => {
    for (const user of ['bob', 'dave']) {
      expect(await save(user, defaultSettings())).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining('Only administrators of project QA can change its QA post-mortem settings.') },
      });
    }
    expect((await sb.jira('alice', PROPERTY)).status).toBe(404);
    expect(sb.emulator.requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('answers an invalid escaped-defect rule with Jira\'s message', async () => {
    const envelope = await save('alice', { ...defaultSettings(), escapedDefectJql: 'lables = found-in-production' });

    if (envelope.ok) throw new Error('an invalid clause was saved');
    expect(envelope.error.code).toBe('VALIDATION');
    const [parse] = (await sb.jira<{ queries: { errors?: string[] }[] }>('alice', '/rest/api/3/jql/parse?validation=strict', {
      method: 'POST', body: { queries: ['project = "QA" AND (lables = found-in-production)'] },
    })).body.queries;
    expect(parse.errors?.length).toBeGreaterThan(0);
    expect(envelope.error.message).toContain(`The escaped-defect rule is not valid JQL: ${parse.errors?.join(' ')}`);
    expect((envelope.error as { details?: unknown }).details).toEqual({
      issues: [{ path: ['settings', 'escapedDefectJql'], message: expect.stringContaining('not valid JQL') }],
    });
    expect((await sb.jira('alice', PROPERTY)).status).toBe(404);
  });

  it('names unknown issue types and resolutions, and rejects a rule that would escape its scope', async () => {
    const unknown = await save('alice', { ...defaultSettings(), defectIssueTypes: ['Defect'], invalidResolutions: ['Rejected'] });
    expect(unknown).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION', message: expect.stringContaining('"Defect" is not an issue type of project QA') }) });
    expect(!unknown.ok && unknown.error.message).toContain('"Rejected" is not a resolution');

    const widening = await save('alice', { ...defaultSettings(), escapedDefectJql: 'labels = a) OR (project = OTHER' });
    expect(widening).toEqual({ ok: false, error: {
      code: 'VALIDATION',
      message: expect.stringContaining('escapedDefectJql'),
      details: { issues: [{ path: ['settings', 'escapedDefectJql'], message: 'closes a parenthesis it never opened' }] },
    } });
  });

  it('changes what the metrics count: the cache key follows the settings', async () => {
    const before = await invokeEnvelope<ProjectMetricsResult>(sb, 'alice', 'qa-metrics-gadget', 'getProjectMetrics', { projectKey: 'QA', ...PERIOD, groupBy: 'month' });
    expect(await save('alice', { ...defaultSettings(), escapedDefectJql: 'labels = regression' })).toEqual(expect.objectContaining({ ok: true }));

    const after = await invokeEnvelope<ProjectMetricsResult>(sb, 'bob', 'qa-metrics-gadget', 'getProjectMetrics', { projectKey: 'QA', ...PERIOD, groupBy: 'month' });

    if (!before.ok || !after.ok || after.data.status !== 'ready' || before.data.status !== 'ready') throw new Error('metrics failed');
    expect(after.data.fromCache).toBe(false);
    const expected = overall(site, { ...PERIOD, escaped: (issue) => issue.labels.includes('regression') });
    expect(expected.leakage.escaped).toBeGreaterThan(0);
    expect(after.data.leakage).toEqual(expected.leakage);
    expect(after.data.leakage).not.toEqual(before.data.leakage);
    expect(sb.emulator.requests.at(-1)?.accountId).toBe(USERS.bob.accountId);
  });
});
