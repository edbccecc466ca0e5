/**
 * The settings form's working copy, without a browser: what it saves is what was loaded plus the
 * person's edits, so settings the form does not show (the test-management ones, for now) are kept.
 */
import { defaultSettings, MetricsSettingsSchema } from '../../src/domain/metrics';
import { draftOfSettings, settingsOfDraft } from '../../static/settings/src/settings-draft';

describe('settingsOfDraft', () => {
  it('saves the test-management settings as they were loaded', () => {
    const stored = MetricsSettingsSchema.parse({ tests: { source: 'xray', requirementIssueTypes: ['Epic'], uatEnvironment: 'Acceptance', targets: { uatPassRate: 80 } } });
    const { settings, problems } = settingsOfDraft({ ...draftOfSettings(stored), leakageTarget: '12' });
    expect(problems).toEqual({});
    expect(MetricsSettingsSchema.parse(settings)).toEqual({ ...stored, targets: { ...stored.targets, leakageRate: 12 } });
  });

  it('round-trips the defaults unchanged', () => {
    expect(MetricsSettingsSchema.parse(settingsOfDraft(draftOfSettings(defaultSettings())).settings)).toEqual(defaultSettings());
  });
});
