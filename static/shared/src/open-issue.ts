/**
 * Opens a Jira issue from a Custom UI frame the way the host expects: the bridge's router (Jira
 * moves its own page; a frame's own link could not), in a new tab when asked. A host without the
 * router falls back to the plain link in a new tab.
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/router/
 */
import { router } from '@forge/bridge';

export async function openIssue(issueKey: string, fallbackUrl: string, options: { newTab?: boolean } = {}): Promise<void> {
  const location = { target: 'issue', issueKey } as const;
  try {
    await (options.newTab ? router.open(location) : router.navigate(location));
  } catch {
    window.open(fallbackUrl, '_blank', 'noopener');
  }
}
