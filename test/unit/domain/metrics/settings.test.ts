import { defaultSettings, MetricsSettingsSchema, settingsFingerprint, unmentionedResolutions } from '../../../../src/domain/metrics';

describe('defaultSettings', () => {
  it('has the defaults of DESIGN.md section 4', () => {
    expect(defaultSettings()).toEqual({
      defectIssueTypes: ['Bug'],
      escapedDefectJql: 'labels = found-in-production',
      invalidResolutions: ['Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug', "Won't Fix", 'Invalid', 'Not a Problem', 'Incomplete'],
      incidentIssueTypes: ['Incident'],
      actionItemIssueType: 'Task',
      dueDateWeeks: { high: 4, other: 8 },
      targets: { leakageRate: 10, reopenRate: 5 },
      tests: {
        source: 'jira', requirementIssueTypes: ['Story'], testIssueTypes: ['Test'], testLinkType: 'Test', uatEnvironment: 'UAT',
        targets: { requirementCoverage: 90, executionProgress: 100, uatPassRate: 95 },
      },
    });
  });

  it('returns a fresh object each time', () => {
    const a = defaultSettings();
    a.defectIssueTypes.push('Defect');
    expect(defaultSettings().defectIssueTypes).toEqual(['Bug']);
  });
});

describe('MetricsSettingsSchema', () => {
  it('fills what a stored property lacks and keeps what it has', () => {
    const settings = MetricsSettingsSchema.parse({ defectIssueTypes: ['Bug', 'Defect'], targets: { leakageRate: 15 }, actionItemProjectKey: 'OPS' });
    expect(settings.defectIssueTypes).toEqual(['Bug', 'Defect']);
    expect(settings.targets).toEqual({ leakageRate: 15, reopenRate: 5 });
    expect(settings.actionItemProjectKey).toBe('OPS');
    expect(settings.invalidResolutions).toHaveLength(8);
  });

  it('trims names and drops duplicates that differ only in case', () => {
    expect(MetricsSettingsSchema.parse({ invalidResolutions: [' Duplicate ', 'duplicate', 'Not a Bug'] }).invalidResolutions)
      .toEqual(['Duplicate', 'Not a Bug']);
  });

  it('allows an empty list of invalid resolutions but needs a defect and an incident type', () => {
    expect(MetricsSettingsSchema.parse({ invalidResolutions: [] }).invalidResolutions).toEqual([]);
    expect(MetricsSettingsSchema.safeParse({ defectIssueTypes: [] }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ incidentIssueTypes: ['  '] }).success).toBe(false);
  });

  it.each([
    ['labels = prod ORDER BY created', /ORDER BY/],
    ['labels = a) OR (project = X', /never opened/],
    ['(labels = a', /never closed/],
    ['summary ~ "unclosed', /quote/],
    ['', /empty/],
  ])('refuses the escaped rule %j', (clause, message) => {
    const result = MetricsSettingsSchema.safeParse({ escapedDefectJql: clause });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(message);
  });

  it('accepts parentheses and ORDER BY words inside quotes in the escaped rule', () => {
    const clause = '(labels = prod OR summary ~ "order by (x")';
    expect(MetricsSettingsSchema.parse({ escapedDefectJql: clause }).escapedDefectJql).toBe(clause);
  });

  it('refuses out-of-range targets, due weeks and a lower-case project key', () => {
    expect(MetricsSettingsSchema.safeParse({ targets: { leakageRate: 120 } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ dueDateWeeks: { high: 0 } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ dueDateWeeks: { high: 2.5 } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ actionItemProjectKey: 'qa' }).success).toBe(false);
  });
});

describe('settingsFingerprint', () => {
  it('is a 16-hex-digit string, equal for the same settings', () => {
    expect(settingsFingerprint(defaultSettings())).toMatch(/^[0-9a-f]{16}$/);
    expect(settingsFingerprint(defaultSettings())).toBe(settingsFingerprint(defaultSettings()));
  });

  it('ignores key order, list order and the case of names', () => {
    const a = MetricsSettingsSchema.parse({ defectIssueTypes: ['Bug', 'Defect'], invalidResolutions: ['Duplicate', 'Not a Bug'] });
    const b = MetricsSettingsSchema.parse({ invalidResolutions: ['not a bug', 'DUPLICATE'], defectIssueTypes: ['defect', 'bug'] });
    expect(settingsFingerprint(a)).toBe(settingsFingerprint(b));
  });

  it.each([
    ['defect types', { defectIssueTypes: ['Bug', 'Defect'] }],
    ['escaped rule', { escapedDefectJql: 'labels = prod' }],
    ['invalid resolutions', { invalidResolutions: ['Duplicate'] }],
    ['incident types', { incidentIssueTypes: ['Outage'] }],
    ['task project', { actionItemProjectKey: 'OPS' }],
    ['task type', { actionItemIssueType: 'Story' }],
    ['due weeks', { dueDateWeeks: { high: 2 } }],
    ['targets', { targets: { reopenRate: 6 } }],
  ])('changes when the %s change', (_what, change) => {
    expect(settingsFingerprint(MetricsSettingsSchema.parse(change))).not.toBe(settingsFingerprint(defaultSettings()));
  });
});

describe('unmentionedResolutions', () => {
  it('names the site\'s resolutions that are neither excluded nor known as done work', () => {
    expect(unmentionedResolutions(['Done', 'Fixed', 'Duplicate', 'Obsolete', "won't fix", 'Works as Designed'], defaultSettings().invalidResolutions))
      .toEqual(['Obsolete', 'Works as Designed']);
    expect(unmentionedResolutions(['Done', 'Obsolete'], ['obsolete'])).toEqual([]);
  });
});

describe('test-management settings (DESIGN.md section 4b)', () => {
  it('default to Jira alone, Story requirements, Test tests joined by the Test link type, UAT, and targets to reach', () => {
    expect(MetricsSettingsSchema.parse({}).tests).toEqual({
      source: 'jira', requirementIssueTypes: ['Story'], testIssueTypes: ['Test'], testLinkType: 'Test', uatEnvironment: 'UAT',
      targets: { requirementCoverage: 90, executionProgress: 100, uatPassRate: 95 },
    });
    // Settings stored before these existed get them, and keep everything else.
    expect(MetricsSettingsSchema.parse({ defectIssueTypes: ['Defect'] })).toMatchObject({ defectIssueTypes: ['Defect'], tests: { source: 'jira' } });
  });

  it('refuses no requirement or test type, an unknown source, an empty link type and a target outside 0-100', () => {
    expect(MetricsSettingsSchema.safeParse({ tests: { requirementIssueTypes: [] } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ tests: { testIssueTypes: [] } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ tests: { source: 'zephyr' } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ tests: { testLinkType: '  ' } }).success).toBe(false);
    expect(MetricsSettingsSchema.safeParse({ tests: { targets: { uatPassRate: 101 } } }).success).toBe(false);
    expect(MetricsSettingsSchema.parse({ tests: { source: 'xray', requirementIssueTypes: ['Story', 'story', 'Epic'] } }).tests)
      .toMatchObject({ source: 'xray', requirementIssueTypes: ['Story', 'Epic'], targets: { requirementCoverage: 90 } });
  });
});
