/**
 * Where an incident's post-mortem stands, for the issue context (jira:issueContext) on the right of
 * the incident: the same read as the panel's (so the two never disagree), summed up. Follow-through
 * counts come from the tasks' live state (read by id), not from what was last recorded.
 */
import type { PostmortemStatusView } from '../../contracts/postmortem';
import { followThroughSummary, type ActionTaskState } from '../../domain/actions';
import { STAGE_LABELS } from '../../domain/postmortem';
import { getPostmortem, type ViewRequester } from './get-postmortem';
import { defaultPostmortemPorts, type PostmortemPorts } from './ports';
import { viewerToday } from './viewer-date';

export async function getPostmortemStatus(requester: ViewRequester, ports: PostmortemPorts = defaultPostmortemPorts()): Promise<PostmortemStatusView> {
  // The same read as the panel's, without the viewer's kept changes (the status does not show them).
  const view = await getPostmortem({ ...requester, accountId: undefined }, ports);
  const { document } = view;
  const today = viewerToday(ports.now(), requester.timezone);
  const live = new Map<string, ActionTaskState>(Object.entries(view.actionTasks));
  const progress = followThroughSummary(document.actionItems, live, today);
  const updater = view.people.find((p) => p.accountId === document.updatedBy)?.displayName;
  return {
    incident: { key: view.incident.key, summary: view.incident.summary },
    status: document.revision === 0 ? 'not-started' : document.status,
    stage: { id: document.stage, label: STAGE_LABELS[document.stage] },
    stagesComplete: view.stages.filter((s) => s.complete).length,
    stagesTotal: view.stages.length,
    actions: {
      total: progress.total,
      open: progress.open,
      overdue: progress.overdue,
      done: progress.done,
      withoutTask: document.actionItems.filter((item) => !item.taskKey).length,
    },
    fixValidated: progress.allFixValidationDone,
    ...(document.revision > 0 ? { updated: { at: document.updatedAt, ...(updater ? { by: updater } : {}) } } : {}),
    canEdit: view.canEdit,
  };
}
