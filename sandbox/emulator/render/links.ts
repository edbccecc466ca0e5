/**
 * Issue links in Jira's shapes. A link has a source (Jira's `inwardIssue` in POST/GET issueLink) and a
 * destination (`outwardIssue`): "source <outward description> destination", e.g. "QA-1 blocks QA-2".
 * Seen from an issue (its `issuelinks` field), the source shows the destination as `outwardIssue`
 * ("this issue blocks QA-2") and the destination shows the source as `inwardIssue` ("this issue is
 * blocked by QA-1"). See https://developer.atlassian.com/cloud/jira/platform/issue-linking-model/
 */
import type { EmIssue, EmLink } from '../model';
import { apiUrl, type RenderContext } from './context';
import { renderIssueType, renderLinkType, renderPriority, renderStatus } from './config';

/** LinkedIssue: the other issue of a link, with the few fields Jira embeds. */
export function renderLinkedIssue(ctx: RenderContext, issue: EmIssue): Record<string, unknown> {
  const { state } = ctx;
  const status = state.statusById(issue.fields.statusId);
  const priority = issue.fields.priorityId === null ? undefined : state.priorityById(issue.fields.priorityId);
  const type = state.issueTypeById(issue.fields.issueTypeId);
  return {
    id: issue.id,
    key: issue.key,
    self: apiUrl(ctx, `/issue/${issue.id}`),
    fields: {
      summary: issue.fields.summary,
      ...(status ? { status: renderStatus(ctx, status) } : {}),
      ...(priority ? { priority: renderPriority(ctx, priority) } : {}),
      ...(type ? { issuetype: renderIssueType(ctx, type) } : {}),
    },
  };
}

/** The issue's `issuelinks` field; links to issues the viewer cannot browse are left out, as in Jira. */
export function renderIssueLinksField(ctx: RenderContext, issue: EmIssue): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const link of ctx.state.linksOf(issue.id)) {
    const type = ctx.state.linkTypeById(link.typeId);
    if (!type) continue;
    const isSource = link.inwardIssueId === issue.id;
    const other = ctx.state.issueByIdOrKey(isSource ? link.outwardIssueId : link.inwardIssueId);
    if (!other || !ctx.state.canBrowse(ctx.viewer, other)) continue;
    out.push({
      id: link.id,
      self: apiUrl(ctx, `/issueLink/${link.id}`),
      type: renderLinkType(ctx, type),
      [isSource ? 'outwardIssue' : 'inwardIssue']: renderLinkedIssue(ctx, other),
    });
  }
  return out;
}

/** IssueLink, as GET issueLink/{id} returns it. */
export function renderIssueLink(ctx: RenderContext, link: EmLink, source: EmIssue, destination: EmIssue): Record<string, unknown> {
  const type = ctx.state.linkTypeById(link.typeId);
  return {
    id: link.id,
    self: apiUrl(ctx, `/issueLink/${link.id}`),
    type: type ? renderLinkType(ctx, type) : { id: link.typeId },
    inwardIssue: renderLinkedIssue(ctx, source),
    outwardIssue: renderLinkedIssue(ctx, destination),
  };
}
