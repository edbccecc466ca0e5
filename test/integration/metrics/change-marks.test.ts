/**
 * A cached gadget view costs Jira nothing, and is computed afresh once something it could count has
 * changed: the metrics-changes trigger (product events through the local host, filtered as Forge
 * filters them) and a settings save mark the project changed. Through the local Forge host against
 * the demo seed, with product events on as on a site.
 */
import type { ProjectMetricsResult } from '../../../src/contract';
import { defaultSettings } from '../../../src/domain/metrics';
import { kvs } from '@forge/kvs';
import { changeMarkKey } from '../../../src/services/metrics/change-marks';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { invokeEnvelope } from './invoke-envelope';

type Ready = Extract<ProjectMetricsResult, { status: 'ready' }>;

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const today = new Date();
const PERIOD = { from: dayOf(new Date(today.getTime() - 182 * DAY)), to: dayOf(today) };
const GADGET = 'qa-metrics-gadget';
const SETTINGS_PAGE = 'qa-postmortem-settings';

let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ productEvents: true });
  // Installed: the app's site lists are read, as on a site (site-lists.ts).
  expect((await sb.host.install()).every((run) => run.ok)).toBe(true);
});
afterAll(() => sb.close());

async function view(user = 'alice'): Promise<{ result: Ready; calls: number; points: number }> {
  const start = sb.emulator.requests.length;
  const envelope = await invokeEnvelope<ProjectMetricsResult>(sb, user, GADGET, 'getProjectMetrics', { projectKey: 'QA', ...PERIOD, groupBy: 'month' });
  if (!envelope.ok || envelope.data.status !== 'ready') throw new Error(`getProjectMetrics: ${JSON.stringify(envelope)}`);
  const log = sb.emulator.requests.slice(start);
  return { result: envelope.data, calls: log.length, points: log.reduce((sum, e) => sum + e.points, 0) };
}

/**
 * Forgets QA's change mark, as if the change were older than the search index allowance (2 minutes):
 * results computed from now on have seen it.
 */
async function pastTheMark(): Promise<void> {
  await sb.host.runAs(null, () => kvs.delete(changeMarkKey('QA')));
}

/** The last product event Jira sent (deliveries() lists the newest first). */
const latestDelivery = () => sb.host.productEvents.deliveries()[0];

/** Edits an issue as alice and waits until Jira's product event has been delivered (or filtered out). */
async function edit(key: string, fields: Record<string, unknown>): Promise<void> {
  const before = sb.host.productEvents.deliveries().length;
  expect((await sb.jira('alice', `/rest/api/3/issue/${key}`, { method: 'PUT', body: { fields } })).status).toBe(204);
  await sb.host.productEvents.idle();
  expect(sb.host.productEvents.deliveries().length).toBeGreaterThan(before);
}

const issueOfType = (type: string, project = 'QA') => {
  const issue = sb.emulator.store.issues().find((i) => i.key.startsWith(`${project}-`)
    && sb.emulator.store.issueTypeById(i.fields.issueTypeId)?.name === type && !i.properties.has('qa-postmortem-action'));
  if (!issue) throw new Error(`The demo seed has no ${type} in ${project}`);
  return issue;
};

describe('a cached view', () => {

  it('costs no Jira request while nothing is marked changed', async () => {
    const first = await view();
    const again = await view();
    expect(again.result.fromCache).toBe(true);
    expect({ calls: again.calls, jiraCalls: again.result.jiraCalls, points: again.points }).toEqual({ calls: 0, jiraCalls: 0, points: 0 });
    console.info(`Gadget view of QA, six months by month: computed ${first.calls} Jira calls, ${first.points} points; cached ${again.calls} calls, ${again.points} points`);
  });
});

describe('what marks a project changed', () => {
  it('a defect of the default types in a project without saved settings, not an unmarked Task there', async () => {
    expect(defaultSettings().defectIssueTypes).toEqual(['Bug']);
    await pastTheMark();
    await view();
    expect((await view()).result.fromCache).toBe(true);

    const task = issueOfType('Task');
    await edit(task.key, { labels: ['unrelated'] });
    const taskDelivery = latestDelivery();
    expect(taskDelivery).toMatchObject({ eventType: 'avi:jira:updated:issue', deliverTo: [] });
    expect((await view()).result.fromCache).toBe(true);

    const bug = issueOfType('Bug');
    await edit(bug.key, { labels: [...bug.fields.labels, 'triaged'] });
    expect(latestDelivery()).toMatchObject({ deliverTo: ['metrics-changes'], status: 'delivered' });
    expect((await view()).result.fromCache).toBe(false);
  });

  it('a settings save, and from then on every issue of the project', async () => {
    await view();
    const current = await invokeEnvelope<{ settings: Record<string, unknown> }>(sb, 'alice', SETTINGS_PAGE, 'getSettings', {}, { project: { key: 'QA', id: '10000', type: 'software' } });
    if (!current.ok) throw new Error(current.error.message);
    const saved = await invokeEnvelope(sb, 'alice', SETTINGS_PAGE, 'saveSettings', { settings: current.data.settings }, { project: { key: 'QA', id: '10000', type: 'software' } });
    expect(saved.ok).toBe(true);
    expect((await view()).result.fromCache).toBe(false);

    await pastTheMark();
    await view();
    expect((await view()).result.fromCache).toBe(true);
    const task = issueOfType('Task');
    await edit(task.key, { labels: ['now-watched'] });
    expect(latestDelivery()).toMatchObject({ deliverTo: ['metrics-changes'], status: 'delivered' });
    expect((await view()).result.fromCache).toBe(false);
  });

  it('a deletion, whatever the issue (its properties can no longer be read)', async () => {
    await pastTheMark();
    await view();
    expect((await view()).result.fromCache).toBe(true);
    const outcome = await sb.host.trigger({ type: 'product-event', event: { eventType: 'avi:jira:deleted:issue', issue: { id: '99999', key: 'QA-999', fields: { project: { key: 'QA' } } } } });
    expect(outcome.ran).toEqual([expect.objectContaining({ moduleKey: 'metrics-changes', ok: true, result: { marked: 'QA' } })]);
    expect((await view()).result.fromCache).toBe(false);
  });
});
