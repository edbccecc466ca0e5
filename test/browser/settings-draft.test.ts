/**
 * The settings form's working copy, without a browser: what it saves is what was loaded plus the
 * person's edits (the test source as chosen), and each
 * test-management field is checked before anything is sent.
 */
import { defaultSettings, MetricsSettingsSchema } from '../../src/domain/metrics';
import { draftOfSettings, settingsOfDraft } from '../../static/settings/src/settings-draft';

describe('settingsOfDraft', () => {
  it('saves the test-management settings as edited, the test source as loaded or chosen', () => {
    const stored = MetricsSettingsSchema.parse({ tests: { source: 'xray', requirementIssueTypes: ['Epic'], uatEnvironment: 'Acceptance', targets: { uatPassRate: 80 } } });
    const { settings, problems } = settingsOfDraft({ ...draftOfSettings(stored), leakageTarget: '12', testIssueTypes: ['Test', 'Bug'], coverageTarget: '75', uatEnvironment: ' UAT-2 ' });
    expect(problems).toEqual({});
    expect(MetricsSettingsSchema.parse(settings)).toEqual({
      ...stored,
      targets: { ...stored.targets, leakageRate: 12 },
      tests: { ...stored.tests, source: 'xray', testIssueTypes: ['Test', 'Bug'], uatEnvironment: 'UAT-2', targets: { ...stored.tests.targets, requirementCoverage: 75 } },
    });
    expect(settingsOfDraft({ ...draftOfSettings(stored), testSource: 'jira' }).settings?.tests?.source).toBe('jira');
  });

  it('round-trips the defaults unchanged', () => {
    expect(MetricsSettingsSchema.parse(settingsOfDraft(draftOfSettings(defaultSettings())).settings)).toEqual(defaultSettings());
  });

  it('says what is missing or out of range, field by field, and sends nothing', () => {
    const { settings, problems } = settingsOfDraft({
      ...draftOfSettings(defaultSettings()), requirementIssueTypes: [], testIssueTypes: [], testLinkType: ' ', uatEnvironment: '', executionTarget: '101', uatTarget: 'x',
    });
    expect(settings).toBeNull();
    expect(problems).toEqual({
      requirementIssueTypes: 'Choose at least one requirement issue type.',
      testIssueTypes: 'Choose at least one test issue type.',
      testLinkType: 'Choose the link type that joins a test to what it tests.',
      uatEnvironment: 'Enter the test environment or label of UAT test executions, e.g. UAT.',
      executionTarget: 'Enter a percentage from 0 to 100.',
      uatTarget: 'Enter a percentage from 0 to 100.',
    });
  });
});
