/** Requirement coverage from Jira alone: which requirements count as covered, what is asked of Jira, and the figure. */
import { defaultSettings } from '../../../../src/domain/metrics';
import { requirementsJql } from '../../../../src/domain/tests';
import { requirementFromIssue } from '../../../../src/jira';
import type { IssueBean } from '../../../../src/jira/types';
import { createMetricsJira } from '../../../../src/services/metrics/metrics-jira';
import { jiraRequirementCoverage } from '../../../../src/services/tests/jira-requirement-coverage';
import { createFakeJiraTransport, json } from '../../../helpers/fake-jira-transport';

const TESTS = { testIssueTypes: ['Test'], testLinkType: 'Test' };

function link(direction: 'inward' | 'outward', typeName: string, otherType: string, key = 'QA-900') {
  const other = { id: '20900', key, fields: { summary: 'A test', issuetype: { name: otherType } } };
  return { id: '30001', type: { name: typeName, inward: 'is tested by', outward: 'tests' }, ...(direction === 'inward' ? { inwardIssue: other } : { outwardIssue: other }) };
}

const story = (key: string, links: unknown[] = []): IssueBean => ({ id: String(10_000 + Number(key.slice(3))), key, fields: { summary: `Story ${key}`, issuelinks: links as never } });

describe('requirementFromIssue', () => {
  it('is covered by a link of the test link type to a test, in either direction, names compared without case', () => {
    expect(requirementFromIssue(story('QA-1', [link('inward', 'Test', 'Test')]), TESTS).coverage).toBe('covered');
    expect(requirementFromIssue(story('QA-2', [link('outward', 'test', 'TEST')]), TESTS).coverage).toBe('covered');
  });

  it('is uncovered without links, by another link type, or by a link of that type to an issue that is not a test', () => {
    expect(requirementFromIssue(story('QA-3'), TESTS)).toEqual({ key: 'QA-3', summary: 'Story QA-3', coverage: 'uncovered' });
    expect(requirementFromIssue(story('QA-4', [link('inward', 'Relates', 'Test')]), TESTS).coverage).toBe('uncovered');
    expect(requirementFromIssue(story('QA-5', [link('inward', 'Test', 'Bug')]), TESTS).coverage).toBe('uncovered');
  });
});

describe('requirementsJql', () => {
  it('names the project, the requirement types, the release and the components', () => {
    expect(requirementsJql({ projectKey: 'QA', release: '1.6', components: ['Search', 'Pay "ments"'] }, { requirementIssueTypes: ['Story', 'Epic'] }))
      .toBe('project = "QA" AND issuetype in ("Story", "Epic") AND fixVersion = "1.6" AND component in ("Search", "Pay \\"ments\\"") ORDER BY key ASC');
    expect(requirementsJql({ projectKey: 'QA' }, { requirementIssueTypes: ['Story'] })).toBe('project = "QA" AND issuetype in ("Story") ORDER BY key ASC');
  });
});

describe('jiraRequirementCoverage', () => {
  it('reads the scope\'s requirements page by page with their links, and answers the coverage', async () => {
    const stories = [
      story('QA-1', [link('inward', 'Test', 'Test')]),
      ...Array.from({ length: 100 }, (_, i) => story(`QA-${i + 2}`)),
      story('QA-102', [link('outward', 'Test', 'Test')]),
    ];
    const fake = createFakeJiraTransport((request) => {
      const body = request.body as { jql: string; nextPageToken?: string; fields: string[]; maxResults: number };
      expect(request.path).toBe('/rest/api/3/search/jql');
      expect(body).toMatchObject({ jql: 'project = "QA" AND issuetype in ("Story") AND fixVersion = "1.6" ORDER BY key ASC', fields: ['summary', 'issuelinks'], maxResults: 100 });
      return body.nextPageToken
        ? json({ issues: stories.slice(100), isLast: true })
        : json({ issues: stories.slice(0, 100), nextPageToken: 'page-2', isLast: false });
    });
    const jira = createMetricsJira(fake.transport, { sleep: async () => undefined });

    const coverage = await jiraRequirementCoverage(jira, { projectKey: 'QA', release: '1.6' }, defaultSettings());

    // 102 requirements, 2 with a test: 2 %
    expect(coverage).toMatchObject({ rate: 2, covered: 2, requirements: 102, breakdown: { covered: 2, uncovered: 100 } });
    expect(coverage.uncovered[0]).toEqual({ key: 'QA-2', summary: 'Story QA-2' });
    expect(fake.requests).toHaveLength(2);
  });
});
