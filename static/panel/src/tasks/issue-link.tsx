/**
 * A Jira issue's key as a link: a real href (copy, hover, open in a new tab), and a click that asks
 * the host to go there through the bridge's router, since the panel's frame cannot move Jira's page.
 */
import type { MouseEvent } from 'react';
import { openIssue } from '../../../shared/src/open-issue';
import { issueUrl, usePanelEnv } from '../editor/panel-env';

/** `inText`: the link sits in a line of text, so it is underlined (told apart without colour, WCAG 1.4.1). */
export function IssueLink({ issueKey, testId, inText = false, summary }: { issueKey: string; testId?: string; inText?: boolean; summary?: string }) {
  const env = usePanelEnv();
  const href = issueUrl(env, issueKey);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void openIssue(issueKey, href, { newTab: event.metaKey || event.ctrlKey || event.shiftKey });
  };
  return (
    <a href={href} onClick={onClick} data-testid={testId} data-issue-key={issueKey} title={summary}
      aria-label={summary ? `${issueKey}: ${summary}` : undefined} style={inText ? { textDecoration: 'underline' } : undefined}>
      {issueKey}
    </a>
  );
}
