/**
 * A requirement as the Jira-alone test source sees it: covered when one of its links, of the test
 * link type named in settings and in either direction, joins it to an issue of a test issue type.
 * Names are compared as Jira compares them, without case. Jira alone knows no test runs, so a
 * covered requirement has no run status ("covered").
 */
import type { RequirementRecord } from '../../domain/tests';
import type { IssueBean } from '../shapes';

/** The fields requirementFromIssue reads. */
export const REQUIREMENT_FIELDS = ['summary', 'issuelinks'] as const;

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

export function requirementFromIssue(issue: IssueBean, tests: { testIssueTypes: readonly string[]; testLinkType: string }): RequirementRecord {
  const links = issue.fields?.issuelinks ?? [];
  const tested = links.some((link) => {
    const other = link.outwardIssue ?? link.inwardIssue;
    const type = other?.fields?.issuetype?.name;
    return same(link.type?.name, tests.testLinkType) && tests.testIssueTypes.some((name) => same(type, name));
  });
  return { key: issue.key, summary: issue.fields?.summary ?? '', coverage: tested ? 'covered' : 'uncovered' };
}

/** An issue as the test sources need it besides Jira's links: its id (Xray's key), key, summary and labels. */
export interface TestScopeIssue {
  id: string;
  key: string;
  summary: string;
  labels: string[];
}

/** The fields testScopeIssueOf reads. */
export const TEST_SCOPE_FIELDS = ['summary', 'labels'] as const;

export function testScopeIssueOf(issue: IssueBean): TestScopeIssue {
  const labels = issue.fields?.labels;
  return { id: issue.id, key: issue.key, summary: issue.fields?.summary ?? '', labels: Array.isArray(labels) ? labels.map(String) : [] };
}

/** An Xray test plan issue as the test figures need it. */
export interface TestPlanIssue {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  projectKey: string | undefined;
  /** Its fix versions: the release it plans. */
  releases: string[];
}

/** The fields testPlanIssueOf reads. */
export const TEST_PLAN_FIELDS = ['summary', 'issuetype', 'project', 'fixVersions'] as const;

export function testPlanIssueOf(issue: IssueBean): TestPlanIssue {
  const f = issue.fields;
  return {
    id: issue.id,
    key: issue.key,
    summary: f?.summary ?? '',
    issueType: f?.issuetype?.name ?? '',
    projectKey: f?.project?.key,
    releases: (f?.fixVersions ?? []).flatMap((v) => (v?.name ? [v.name] : [])),
  };
}
