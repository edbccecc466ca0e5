import { JastBuilder } from '@atlaskit/jql-ast';
import { defaultSettings, defectScopeJql, escapedJql, incidentScopeJql, metadataOutOfDateJql, MetricsSettingsSchema, quoteJqlValue } from '../../../../src/domain/metrics';
import { day, YEAR } from './fixtures';

/** The values of the terminal clauses, as Atlassian's own JQL parser reads them back. */
function parsedValues(jql: string): string[] {
  const { query, errors } = new JastBuilder().build(jql);
  expect(errors).toEqual([]);
  const values: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.operandType === 'value' && typeof record.value === 'string') values.push(record.value);
    for (const [key, child] of Object.entries(record)) if (key !== 'parent') visit(child);
  };
  visit(query?.where);
  return values;
}

describe('defectScopeJql', () => {
  const settings = defaultSettings();

  it('asks for the defect types of the project created in the period, the end day included', () => {
    expect(defectScopeJql({ projectKey: 'QA', from: day(1, 1), to: day(3, 31) }, settings)).toBe(
      `project = "QA" AND issuetype in ("Bug") AND created >= "${YEAR}-01-01" AND created < "${YEAR}-04-01"`,
    );
  });

  it('crosses month and year ends for the exclusive bound', () => {
    expect(defectScopeJql({ projectKey: 'QA', from: day(12, 1), to: day(12, 31) }, settings)).toContain(`created < "${YEAR + 1}-01-01"`);
    expect(defectScopeJql({ projectKey: 'QA', from: '2028-02-01', to: '2028-02-28' }, settings)).toContain('created < "2028-02-29"');
  });

  it('adds the component and fix version of the scope and lists every defect type', () => {
    const jql = defectScopeJql(
      { projectKey: 'QA', from: day(1, 1), to: day(1, 31), component: 'Payments', fixVersion: '1.2' },
      { ...settings, defectIssueTypes: ['Bug', 'Defect'] },
    );
    expect(jql).toBe(
      `project = "QA" AND issuetype in ("Bug", "Defect") AND created >= "${YEAR}-01-01" AND created < "${YEAR}-02-01"`
      + ' AND component = "Payments" AND fixVersion = "1.2"',
    );
  });

  it('quotes values so quotes, backslashes and JQL words inside them stay values', () => {
    const component = 'Payments "EU" OR project = X';
    const fixVersion = '1.0\\beta';
    const jql = defectScopeJql({ projectKey: 'QA', from: day(1, 1), to: day(1, 31), component, fixVersion }, { ...settings, defectIssueTypes: ["Won't fix bug"] });
    expect(parsedValues(jql)).toEqual(['QA', "Won't fix bug", `${YEAR}-01-01`, `${YEAR}-02-01`, component, fixVersion]);
  });

  it('rejects an empty project key and a reversed period', () => {
    expect(() => defectScopeJql({ projectKey: ' ', from: day(1, 1), to: day(1, 31) }, settings)).toThrow(/project key/);
    expect(() => defectScopeJql({ projectKey: 'QA', from: day(2, 1), to: day(1, 31) }, settings)).toThrow(/after its end/);
  });
});

describe('quoteJqlValue', () => {
  it('escapes backslash and double quote, and control characters as \\u escapes', () => {
    expect(quoteJqlValue('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoteJqlValue('line\nbreak\t')).toBe('"line\\u000abreak\\u0009"');
    expect(quoteJqlValue('Ünïcode ✓')).toBe('"Ünïcode ✓"');
  });
});

describe('escapedJql', () => {
  it('wraps the scope and the escaped clause in parentheses', () => {
    const scope = { projectKey: 'QA', from: day(1, 1), to: day(3, 31) };
    const settings = defaultSettings();
    expect(escapedJql(scope, settings)).toBe(`(${defectScopeJql(scope, settings)}) AND (labels = found-in-production)`);
  });

  it('keeps an OR in the escaped clause inside the scope', () => {
    const settings = MetricsSettingsSchema.parse({ escapedDefectJql: 'labels = prod OR environment ~ "production"' });
    const jql = escapedJql({ projectKey: 'QA', from: day(1, 1), to: day(3, 31) }, settings);
    const { query, errors } = new JastBuilder().build(jql);
    expect(errors).toEqual([]);
    const where = query?.where as unknown as { operator: { value: string }; clauses: { operator: { value: string } }[] };
    expect(where.operator.value).toBe('and');
    expect(where.clauses[1].operator.value).toBe('or');
  });
});

describe('incidentScopeJql', () => {
  it('asks for the incident types of the project created in the period', () => {
    expect(incidentScopeJql({ projectKey: 'QA', from: day(1, 1), to: day(1, 31) }, { ...defaultSettings(), incidentIssueTypes: ['Incident', 'Outage'] })).toBe(
      `project = "QA" AND issuetype in ("Incident", "Outage") AND created >= "${YEAR}-01-01" AND created < "${YEAR}-02-01"`,
    );
  });
});

describe('metadataOutOfDateJql', () => {
  it('finds the project\'s issues in a status or with a resolution the kept lists do not name', () => {
    expect(metadataOutOfDateJql('QA', { statuses: ['To Do', 'Done'], resolutions: ["Won't Do"] }))
      .toBe('project = "QA" AND (status not in ("To Do", "Done") OR (resolution is not EMPTY AND resolution not in ("Won\'t Do")))');
  });

  it('with an empty list, any status or any resolution is new', () => {
    expect(metadataOutOfDateJql(' QA ', { statuses: [], resolutions: [] })).toBe('project = "QA" AND (status is not EMPTY OR resolution is not EMPTY)');
  });

  it('without a project, asks every project the searcher may browse (the app\'s daily check of its site lists)', () => {
    expect(metadataOutOfDateJql(null, { statuses: ['Done'], resolutions: ['Done'] }))
      .toBe('status not in ("Done") OR (resolution is not EMPTY AND resolution not in ("Done"))');
  });
});
