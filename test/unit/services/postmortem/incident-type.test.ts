import type { JiraClient } from '../../../../src/jira';
import { ensureIncidentType } from '../../../../src/services/postmortem/incident-type';
import type { IncidentSnapshot } from '../../../../src/services/postmortem/incident-snapshot';

/** A Jira client that fails the test if it is asked anything but the project's settings property. */
function jiraWith(settings: unknown): { jira: JiraClient; asked: string[] } {
  const asked: string[] = [];
  const jira = new Proxy({}, {
    get: (_target, name: string) => {
      if (name === 'then') return undefined;
      return async (...args: unknown[]) => {
        asked.push(`${name}(${args.map(String).join(', ')})`);
        if (name === 'getProjectProperty') return settings === undefined ? null : { key: 'qa-postmortem-settings', value: settings };
        throw new Error(`unexpected call ${name}`);
      };
    },
  }) as JiraClient;
  return { jira, asked };
}

const snapshot = (issueType: string) => ({ incident: { key: 'SUP-7', issueType }, projectKey: 'SUP' }) as unknown as IncidentSnapshot;

describe('ensureIncidentType', () => {
  it.each(['Incident', '[System] Incident', '[system] incident'])('accepts %s, a type the manifest shows the panel on, without asking Jira', async (type) => {
    const { jira, asked } = jiraWith(undefined);
    await expect(ensureIncidentType(jira, snapshot(type))).resolves.toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('accepts another type only when the project\'s settings name it', async () => {
    const settings = { incidentIssueTypes: ['Major outage'] };
    await expect(ensureIncidentType(jiraWith(settings).jira, snapshot('Major outage'))).resolves.toBeUndefined();
    await expect(ensureIncidentType(jiraWith(undefined).jira, snapshot('Bug'))).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/^This panel works on incidents: SUP-7 is a Bug/) });
  });
});
