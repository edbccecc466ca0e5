/**
 * getPostmortemStatus, the issue context's one call, through the local Forge host against the demo
 * data, invoked from the jira:issueContext module: each demo incident's status, stage and action
 * items by their tasks' live state; the same read as the panel's; a reader who may not edit; an
 * issue that is not an incident.
 */
import type { PostmortemStatusView, PostmortemView } from '../../../src/contract';
import { DEMO_INCIDENTS } from '../../../sandbox/seed/demo';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { asEnvelope, dataOf, panelClient, refusalOf, type Answer, type PanelClient } from './panel-client';

const CONTEXT = 'qa-postmortem-context';
let sandbox: Sandbox;
let panel: PanelClient;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
  panel = panelClient(sandbox);
});
afterAll(() => sandbox.close());

async function status(user: string, key: string): Promise<Answer<PostmortemStatusView>> {
  const issue = sandbox.emulator.store.issueByIdOrKey(key);
  return asEnvelope<PostmortemStatusView>(await sandbox.invoke(user, CONTEXT, 'getPostmortemStatus', {}, { issue: { key, id: issue?.id ?? '0', type: 'Incident' } }));
}

describe('getPostmortemStatus from the issue context', () => {
  it('sums up QA-1\'s completed post-mortem from its tasks as they are: open, overdue and done', async () => {
    const view = dataOf(await status('alice', DEMO_INCIDENTS.completed));
    const full: PostmortemView = dataOf(await panel.get('alice', DEMO_INCIDENTS.completed));
    const tasks = Object.values(full.actionTasks);
    expect(view).toMatchObject({
      incident: { key: 'QA-1' }, status: 'complete', stage: { id: 'follow-through', label: 'Follow-through' },
      stagesTotal: 7, canEdit: true,
    });
    expect(view.stagesComplete).toBe(full.stages.filter((s) => s.complete).length);
    expect(view.actions).toEqual({
      total: full.document.actionItems.length,
      done: tasks.filter((t) => t.statusCategory === 'done').length,
      open: full.document.actionItems.length - tasks.filter((t) => t.statusCategory === 'done').length,
      overdue: tasks.filter((t) => t.overdue).length,
      withoutTask: 0,
    });
    expect(view.actions.overdue).toBeGreaterThan(0);
    expect(view.updated?.at).toBe(full.document.updatedAt);
  });

  it('follows a task that moved to Done at once', async () => {
    const before = dataOf(await status('alice', DEMO_INCIDENTS.completed));
    const full = dataOf(await panel.get('alice', DEMO_INCIDENTS.completed));
    const open = Object.values(full.actionTasks).find((t) => t.statusCategory !== 'done');
    if (!open) throw new Error('QA-1 has no open task');
    const moved = await sandbox.jira('bob', `/rest/api/3/issue/${open.taskKey}/transitions`, { method: 'POST', body: { transition: { id: '31' } } });
    expect(moved.status).toBe(204);
    const after = dataOf(await status('alice', DEMO_INCIDENTS.completed));
    expect(after.actions.done).toBe(before.actions.done + 1);
    expect(after.actions.open).toBe(before.actions.open - 1);
  });

  it('says QA-3\'s post-mortem is not started yet, and QA-2\'s is in progress at its next stage', async () => {
    expect(dataOf(await status('alice', DEMO_INCIDENTS.fresh))).toMatchObject({ status: 'not-started', stagesComplete: expect.any(Number), actions: { total: 0 } });
    expect(dataOf(await status('alice', DEMO_INCIDENTS.fresh)).updated).toBeUndefined();
    const progress = dataOf(await status('alice', DEMO_INCIDENTS.inProgress));
    const full = dataOf(await panel.get('alice', DEMO_INCIDENTS.inProgress));
    expect(progress).toMatchObject({ status: 'in-progress', stage: { id: full.document.stage } });
  });

  it('tells dave, who may browse but not edit, that he may not', async () => {
    expect(dataOf(await status('dave', DEMO_INCIDENTS.completed)).canEdit).toBe(false);
  });

  it('refuses an issue that is not an incident, and one the user may not see', async () => {
    const bug = sandbox.emulator.store.issues().find((i) => sandbox.emulator.store.issueTypeById(i.fields.issueTypeId)?.name === 'Bug');
    if (!bug) throw new Error('The demo seed has no bug');
    expect(refusalOf(await status('alice', bug.key), 400, 'VALIDATION').message).toMatch(/^This panel works on incidents/);
    refusalOf(await status('eve', DEMO_INCIDENTS.completed), 404, 'NOT_FOUND');
  });
});
