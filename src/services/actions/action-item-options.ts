/**
 * What the action-item editor needs besides the post-mortem: people who can own an item (assignable
 * in the project the tasks go to) for the owner picker, and the due dates to pre-fill per priority
 * from the project settings, counted from the viewer's today. Both only for someone who can see the
 * incident, and for its own project.
 */
import type { ActionItemDefaults, SearchAssignableUsersResult } from '../../contracts/actions';
import { defaultDueDates } from '../../domain/actions';
import { assignablePeople } from '../../jira';
import { viewerToday } from '../postmortem/viewer-date';
import { actionTargetOf } from './action-target';
import { visibleIncidentProject } from './incident-access';
import { userActionPorts, type ActionPorts, type ActionRequester } from './ports';

/** How many people the picker shows for one query. */
export const PICKER_PAGE_SIZE = 20;

export async function searchAssignableUsers(
  query: string,
  requester: Pick<ActionRequester, 'issueKey' | 'projectKey'>,
  ports: ActionPorts = userActionPorts(),
): Promise<SearchAssignableUsersResult> {
  const target = await actionTargetOf(ports.jira, await visibleIncidentProject(ports.jira, requester.issueKey));
  const users = await ports.jira.findAssignableUsers({
    project: target.projectKey, ...(query.trim() ? { query: query.trim() } : {}), maxResults: PICKER_PAGE_SIZE,
  });
  return { projectKey: target.projectKey, users: assignablePeople(users) };
}

export async function getActionItemDefaults(
  requester: Pick<ActionRequester, 'issueKey' | 'projectKey' | 'timezone'>,
  ports: ActionPorts = userActionPorts(),
): Promise<ActionItemDefaults> {
  const target = await actionTargetOf(ports.jira, await visibleIncidentProject(ports.jira, requester.issueKey));
  const today = viewerToday(ports.now(), requester.timezone);
  return {
    targetProjectKey: target.projectKey,
    issueType: target.issueType,
    dueDateWeeks: { ...target.dueDateWeeks },
    today,
    dueDateByPriority: defaultDueDates(today, target.dueDateWeeks),
    targets: { ...target.targets },
  };
}
