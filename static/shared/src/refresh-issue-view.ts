/**
 * After the app writes to the incident (the summary comment, the tasks' links), Jira's issue view
 * is asked to show the issue as it is now, without a page reload: `refreshIssueView` of
 * @forge/jira-bridge (imported alone: the package's index pulls in every Jira bridge API). Where
 * the view cannot refresh, what the panel shows is still right and the page shows it on reload.
 */
import { refreshIssueView } from '@forge/jira-bridge/out/issue-utils/refresh';

export function showIssueChanges(): void {
  void refreshIssueView().catch(() => undefined);
}
