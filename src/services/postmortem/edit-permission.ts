/**
 * Whether the user may change the incident, hence its post-mortem (Jira requires "Edit issues" to set
 * an issue property), asked once with GET /mypermissions.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
import type { JiraClient } from '../../jira';

export const EDIT_PERMISSION = 'EDIT_ISSUES';

export async function canEditIssue(jira: JiraClient, issueKey: string): Promise<boolean> {
  const granted = await jira.myPermissions({ issueKey }, [EDIT_PERMISSION]);
  return granted[EDIT_PERMISSION] === true;
}
