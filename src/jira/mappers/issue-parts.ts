/**
 * The parts of Jira's JSON that several mappers read the same way: the names of named items
 * (components, versions, issue types), a status category key, and the issue at the other end of
 * each of an issue's links.
 */
import { STATUS_CATEGORY_KEYS, type StatusCategoryKey } from '../../domain/postmortem/vocabulary';
import type { IssueBean, IssueLink } from '../shapes';

/** The names of the items that have one, in an array exactly as long as needed (`map` sizes it once). */
export function names(items: readonly { name?: string }[] | null | undefined): string[] {
  if (!items || items.length === 0) return [];
  const named = items.every((item) => item.name) ? items : items.filter((item) => item.name);
  return named.map((item) => item.name as string);
}

/** A status category key as the post-mortem and its tasks keep it: one Jira did not send (or an unknown one) reads as `new`. */
export function statusCategoryOf(key: string | undefined): StatusCategoryKey {
  return (STATUS_CATEGORY_KEYS as readonly string[]).includes(key ?? '') ? (key as StatusCategoryKey) : 'new';
}

/** An issue named by a link: its id and key, where Jira gave them. */
export interface IssueRef {
  id?: string;
  key?: string;
}

/** The issue at the other end of each link (exactly one of inwardIssue / outwardIssue is set); a link naming none is left out. */
export function linkedIssuesOf(links: readonly IssueLink[] | undefined): IssueRef[] {
  return (links ?? []).flatMap((link) => {
    const other = link.inwardIssue ?? link.outwardIssue;
    return other ? [{ id: other.id, key: other.key }] : [];
  });
}

/** The fields `projectKeyOfIssue` reads. */
export const ISSUE_PROJECT_FIELDS = ['project'] as const;

/** The key of the project an issue is in, as Jira answered it (undefined when it sent no project). */
export function projectKeyOfIssue(issue: IssueBean): string | undefined {
  return issue.fields?.project?.key;
}

/**
 * The project key of the issue a product event carries (a REST v3 snapshot: `fields.project.key`),
 * else the one its issue key starts with; null for neither.
 */
export function projectKeyOfEventIssue(issue: unknown): string | null {
  const bean = (issue ?? {}) as Partial<IssueBean>;
  const fromField = bean.fields?.project?.key;
  if (typeof fromField === 'string' && fromField) return fromField;
  return /^([A-Z][A-Z0-9_]*)-\d+$/.exec(typeof bean.key === 'string' ? bean.key : '')?.[1] ?? null;
}

/** The fields `linkedIssuesOfIssue` reads. */
export const ISSUE_LINK_FIELDS = ['issuelinks'] as const;

/** The issues linked to an issue read with ISSUE_LINK_FIELDS. */
export function linkedIssuesOfIssue(issue: IssueBean): IssueRef[] {
  return linkedIssuesOf(issue.fields?.issuelinks);
}
