/**
 * Issue links in Jira's shapes. In POST/GET issueLink (and EmLink), `outwardIssue` is the "from" issue
 * and `inwardIssue` the other: "<outwardIssue> blocks <inwardIssue>", "<inwardIssue> is blocked by
 * <outwardIssue>" (the OpenAPI description: comments and Link permission go to "the from (outward)
 * issue"). Seen from an issue (its `issuelinks` field) the entry names the other issue under the key
 * whose label applies to this issue: on the from issue `outwardIssue: <other>` ("this issue blocks
 * QA-2"), on the other `inwardIssue: <from issue>` ("this issue is blocked by QA-1").
 * https://developer.atlassian.com/cloud/jira/platform/issue-linking-model/
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
    const isFrom = link.outwardIssueId === issue.id;
    const other = ctx.state.issueByIdOrKey(isFrom ? link.inwardIssueId : link.outwardIssueId);
    if (!other || !ctx.state.canBrowse(ctx.viewer, other)) continue;
    out.push({
      id: link.id,
      self: apiUrl(ctx, `/issueLink/${link.id}`),
      type: renderLinkType(ctx, type),
      [isFrom ? 'outwardIssue' : 'inwardIssue']: renderLinkedIssue(ctx, other),
    });
  }
  return out;
}

/** IssueLink, as GET issueLink/{id} returns it. */
export function renderIssueLink(ctx: RenderContext, link: EmLink, inward: EmIssue, outward: EmIssue): Record<string, unknown> {
  const type = ctx.state.linkTypeById(link.typeId);
  return {
    id: link.id,
    self: apiUrl(ctx, `/issueLink/${link.id}`),
    type: type ? renderLinkType(ctx, type) : { id: link.typeId },
    inwardIssue: renderLinkedIssue(ctx, inward),
    outwardIssue: renderLinkedIssue(ctx, outward),
  };
}
