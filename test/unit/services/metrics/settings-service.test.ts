import { defaultSettings, MetricsSettingsSchema } from '../../../../src/domain/metrics';
import { getSettings, saveSettings } from '../../../../src/services/settings';
import { createFakeSite, qaProject } from './fake-site';
import { memorySecrets } from '../../../helpers/memory-secrets';

const PROPERTY = '/rest/api/3/project/QA/properties/qa-postmortem-settings';
const settings = (input: Record<string, unknown> = {}) => MetricsSettingsSchema.parse(input);

describe('saveSettings', () => {
  it('checks the escaped rule inside the project scope with strict validation, then writes the property', async () => {
    const site = createFakeSite({ defects: [] });
    const wanted = settings({ escapedDefectJql: 'labels = escaped OR priority = Highest', invalidResolutions: ['duplicate'], targets: { leakageRate: 8, reopenRate: 4 } });

    const saved = await saveSettings('QA', wanted, { jira: site.jira(), secrets: memorySecrets() });

    expect(saved).toEqual({ projectKey: 'QA', settings: wanted });
    const parse = site.fake.requestsTo('POST', '/rest/api/3/jql/parse')[0];
    expect(parse.query.get('validation')).toBe('strict');
    expect(parse.body).toEqual({ queries: ['project = "QA" AND (labels = escaped OR priority = Highest)'] });
    expect(site.fake.requestsTo('PUT', PROPERTY).map((r) => r.body)).toEqual([wanted]);
    expect(site.fake.requestsTo('GET', '/rest/api/3/mypermissions')[0].query.get('permissions')).toBe('ADMINISTER_PROJECTS');
  });

  it('refuses a user who is not a project administrator before checking or writing anything', async () => {
    const site = createFakeSite({ defects: [], permissions: { ADMINISTER_PROJECTS: false } });

    await expect(saveSettings('QA', defaultSettings(), { jira: site.jira(), secrets: memorySecrets() })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('Only administrators of project QA can change its QA post-mortem settings.'),
    });
    expect(site.calls()).toEqual(['GET /rest/api/3/mypermissions']);
  });

  it('reports Jira\'s words for an invalid rule and every unknown name, per field, and writes nothing', async () => {
    const site = createFakeSite({ defects: [], jqlErrors: ["Field 'lables' does not exist or you do not have permission to view it."] });
    const wanted = settings({
      escapedDefectJql: 'lables = x', defectIssueTypes: ['Bug', 'Defect'], incidentIssueTypes: ['incident'],
      // "Won't Fix" is not on this site but is a default name (Server-era): kept, it matches nothing.
      invalidResolutions: ['Duplicate', 'Rejected', "Won't Fix"], actionItemIssueType: 'Action',
    });

    const failure = saveSettings('QA', wanted, { jira: site.jira(), secrets: memorySecrets() });

    await expect(failure).rejects.toMatchObject({
      code: 'VALIDATION',
      details: {
        issues: expect.arrayContaining([
          { path: ['settings', 'escapedDefectJql'], message: "The escaped-defect rule is not valid JQL: Field 'lables' does not exist or you do not have permission to view it." },
          { path: ['settings', 'defectIssueTypes'], message: 'Defect issue types: "Defect" is not an issue type of project QA (its types: Incident, Bug, Task, Story).' },
          { path: ['settings', 'invalidResolutions'], message: expect.stringMatching(/^Invalid resolutions: "Rejected" is not a resolution of this site \(its resolutions: Fixed, Done,/) },
          { path: ['settings', 'actionItemIssueType'], message: 'Action-item issue type: "Action" is not an issue type of project QA (its types: Incident, Bug, Task, Story).' },
        ]),
      },
    });
    await expect(failure).rejects.toThrow(/^The settings were not saved\. The escaped-defect rule is not valid JQL/);
    expect(site.fake.requestsTo('PUT', PROPERTY)).toEqual([]);
  });

  it('checks the action-item project exists and has the action-item type', async () => {
    const ops = qaProject({ id: '10010', key: 'OPS', name: 'Operations', issueTypes: [{ id: '1', name: 'Task' }] });
    const missing = createFakeSite({ defects: [] });
    const present = createFakeSite({ defects: [], otherProjects: [ops] });

    await expect(saveSettings('QA', settings({ actionItemProjectKey: 'OPS' }), { jira: missing.jira(), secrets: memorySecrets() })).rejects.toMatchObject({
      details: { issues: [{ path: ['settings', 'actionItemProjectKey'], message: 'Action-item project: project OPS does not exist, or you cannot browse it.' }] },
    });
    await expect(saveSettings('QA', settings({ actionItemProjectKey: 'OPS', actionItemIssueType: 'Story' }), { jira: present.jira(), secrets: memorySecrets() })).rejects.toMatchObject({
      details: { issues: [{ path: ['settings', 'actionItemIssueType'], message: 'Action-item issue type: "Story" is not an issue type of project OPS (its types: Task).' }] },
    });
    await expect(saveSettings('QA', settings({ actionItemProjectKey: 'OPS', actionItemIssueType: 'task' }), { jira: present.jira(), secrets: memorySecrets() })).resolves.toBeDefined();
  });
});

describe('getSettings', () => {
  it('answers the defaults when none are stored, with the form\'s options and whether the user may save', async () => {
    const site = createFakeSite({ defects: [], permissions: { ADMINISTER_PROJECTS: false } });

    const result = await getSettings('QA', { jira: site.jira(), secrets: memorySecrets() });

    expect(result).toEqual(expect.objectContaining({ projectKey: 'QA', projectName: 'QA Platform', settings: defaultSettings(), isDefault: true, canEdit: false }));
    expect(result.problem).toBeUndefined();
    expect(result.options.issueTypes.map((t) => t.name)).toEqual(['Incident', 'Bug', 'Task', 'Story']);
    expect(result.options.resolutions.map((r) => r.name)).toContain('Not a Bug');
    expect(result.options.projects).toEqual([{ id: '10000', key: 'QA', name: 'QA Platform' }]);
    expect(result.options.components.map((c) => c.name)).toEqual(['Checkout', 'Payments']);
    expect(result.options.versions).toEqual([
      { id: '10100', name: '1.0', released: true, releaseDate: '2026-01-10' },
      { id: '10101', name: '1.1', released: true, releaseDate: '2026-03-10' },
    ]);
  });

  it('says when the stored settings are unusable and shows the defaults', async () => {
    const site = createFakeSite({ defects: [], settings: { targets: { leakageRate: 150 } } });

    const result = await getSettings('QA', { jira: site.jira(), secrets: memorySecrets() });

    expect(result.settings).toEqual(defaultSettings());
    expect(result.isDefault).toBe(false);
    expect(result.problem).toMatch(/^The saved settings are not valid \(targets\.leakageRate: .*\); the defaults are shown\. Save to replace them\.$/);
  });

  it('answers NOT_FOUND for a project the user cannot see', async () => {
    const site = createFakeSite({ defects: [], project: null });
    await expect(getSettings('QA', { jira: site.jira(), secrets: memorySecrets() })).rejects.toMatchObject({
      code: 'NOT_FOUND', message: 'Project QA does not exist, or you do not have permission to browse it.',
    });
  });
});
