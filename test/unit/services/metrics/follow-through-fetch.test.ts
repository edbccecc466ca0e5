import { MetricsSettingsSchema } from '../../../../src/domain/metrics';
import { fetchFollowThrough, followThroughJql } from '../../../../src/services/metrics/follow-through-fetch';
import { linkedDefectsJql, linkedDefectKeys } from '../../../../src/services/metrics/incident-metrics-service';
import { incidentLinksFromJira } from '../../../../src/jira/mappers/metrics';
import type { IssueBean, IssueLink } from '../../../../src/jira/types';
import { createFakeSite } from './fake-site';

const settings = MetricsSettingsSchema.parse({ incidentIssueTypes: ['Incident', 'Major Incident'], actionItemProjectKey: 'OPS' });
const scope = { projectKey: 'QA', from: '2026-01-01', to: '2026-03-31' };

function issue(key: string, fields: Record<string, unknown>, properties: Record<string, unknown> = {}): IssueBean {
  return { id: String(20000 + Number(key.replace(/\D/g, ''))), key, fields: { created: '2026-02-01T10:00:00.000+0000', ...fields }, properties };
}

describe('followThroughJql', () => {
  it('asks for the project\'s incidents and the labelled tasks in the project or its target project, created in the period', () => {
    expect(followThroughJql(scope, settings)).toBe(
      'created >= "2026-01-01" AND created < "2026-04-01" AND ((project = "QA" AND issuetype in ("Incident", "Major Incident"))'
      + ' OR (project in ("QA", "OPS") AND labels = "postmortem-action"))',
    );
  });
});

describe('fetchFollowThrough', () => {
  it('tells incidents from tasks in one search, and keeps target-project tasks of this project\'s incidents only', async () => {
    const done = { id: '10001', name: 'Done', statusCategory: { key: 'done' } };
    const open = { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } };
    const site = createFakeSite({
      defects: [],
      followThrough: [
        issue('QA-1', { issuetype: { name: 'Incident' }, project: { key: 'QA' }, labels: [] }, { 'qa-postmortem': { status: 'complete' } }),
        issue('QA-2', { issuetype: { name: 'major incident' }, project: { key: 'QA' }, labels: [] }),
        issue('QA-9', { issuetype: { name: 'Task' }, project: { key: 'QA' }, labels: ['postmortem-action'], status: done, duedate: null, resolutiondate: '2026-02-03T10:00:00.000+0000' }),
        issue('OPS-1', { issuetype: { name: 'Task' }, project: { key: 'OPS' }, labels: ['postmortem-action'], status: open, duedate: '2026-02-10' }, { 'qa-postmortem-action': { incident: 'QA-1', actionId: 'a1' } }),
        issue('OPS-2', { issuetype: { name: 'Task' }, project: { key: 'OPS' }, labels: ['postmortem-action'], status: open, duedate: null }, { 'qa-postmortem-action': { incident: 'WEB-4', actionId: 'a2' } }),
        issue('OPS-3', { issuetype: { name: 'Task' }, project: { key: 'OPS' }, labels: ['postmortem-action'], status: open, duedate: null }),
      ],
    });

    const result = await fetchFollowThrough(site.jira(), scope, settings);

    expect(result.incidents.map((i) => [i.key, i.postmortemStatus])).toEqual([['QA-1', 'complete'], ['QA-2', null]]);
    expect(result.actionTasks.map((t) => [t.key, t.statusCategory, t.dueDate])).toEqual([['QA-9', 'done', null], ['OPS-1', 'indeterminate', '2026-02-10']]);
    const search = site.searches('follow-through');
    expect(search).toHaveLength(1);
    expect(search[0].body).toEqual(expect.objectContaining({ properties: ['qa-postmortem', 'qa-postmortem-action'], maxResults: 100 }));
  });
});

describe('the incident panel\'s defect search', () => {
  const link = (key: string, type: string, direction: 'inwardIssue' | 'outwardIssue'): IssueLink => ({
    type: { name: 'Relates', inward: 'relates to', outward: 'relates to' }, [direction]: { key, fields: { issuetype: { name: type } } },
  });

  it('takes the linked issues of a defect type once each', () => {
    const links = [link('QA-10', 'Bug', 'inwardIssue'), link('QA-11', 'Story', 'outwardIssue'), link('QA-10', 'bug', 'outwardIssue'), link('WEB-3', 'Bug', 'outwardIssue')];
    expect(linkedDefectKeys(incidentLinksFromJira(links), MetricsSettingsSchema.parse({}))).toEqual(['QA-10', 'WEB-3']);
  });

  it('reads the linked defects by key, any project, and nothing without one', () => {
    expect(linkedDefectsJql(['QA-10', 'WEB-3'])).toBe('key in (QA-10, WEB-3)');
    expect(linkedDefectsJql([])).toBeNull();
  });
});
