/**
 * The project's QA post-mortem settings as a form: what counts as a defect, as escaped and as
 * invalid, which issues are incidents, where action-item tasks go and when they are due, the
 * targets the gadget measures against, and where tests and requirements are found. Presentational: the draft, the choices and the problems come
 * in; edits and Save go out. Read-only (text read-only, lists disabled, no Save) for people who may not save.
 */
import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { FormEvent, ReactNode } from 'react';
import type { SettingsOptions } from '../../../src/contracts/metrics';
import { unmentionedResolutions } from '../../../src/domain/metrics/resolutions';
import type { FieldProblems, SettingsDraft, SettingsField } from './settings-draft';
import { XrayKeyPanel, type XrayKeyActions } from './xray-key';
import type { TestSource } from '../../../src/domain/metrics/settings';

interface SourceChoice { label: string; value: TestSource }
const SOURCE_CHOICES: SourceChoice[] = [
  { label: 'Xray Cloud (coverage, execution progress and UAT pass rate)', value: 'xray' },
  { label: 'Jira’s own issues (requirement coverage only)', value: 'jira' },
];

export interface SettingsFormProps {
  projectKey: string;
  draft: SettingsDraft;
  options: SettingsOptions;
  problems: FieldProblems;
  readOnly: boolean;
  saving: boolean;
  onChange: (patch: Partial<SettingsDraft>) => void;
  onSave: () => void;
  /** Messages above the form (saved, not saved, read-only). */
  banner?: ReactNode;
  /** The last save's outcome, shown next to the Save button (where the eye is after a click). */
  saveOutcome?: ReactNode;
  /** The project's Xray API key and how to save or remove it. */
  xrayKey: XrayKeyActions;
}

interface Choice { label: string; value: string }

const gap = token('space.200', '16px');
const subtle = token('color.text.subtlest', '#626F86');

/** The names to choose from, keeping any saved name Jira no longer lists so it can be seen and removed. */
function choicesOf(names: readonly string[], current: readonly string[]): Choice[] {
  const all = [...names];
  for (const name of current) if (!all.some((n) => n.toLowerCase() === name.toLowerCase())) all.push(name);
  return all.map((name) => ({ label: name, value: name }));
}

/** The site's resolutions the list leaves to chance: defects closed with them count as real ones. */
function UnmentionedResolutions({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <p data-testid="unmentioned-resolutions" role="note" style={{ margin: `${token('space.050', '4px')} 0 0`, font: token('font.body.small', '12px/16px sans-serif'), color: token('color.text.warning', '#A54800') }}>
      This site also has {names.length === 1 ? 'the resolution' : 'the resolutions'} {names.map((n) => `“${n}”`).join(', ')}, which the list does not mention:
      defects closed with {names.length === 1 ? 'it' : 'them'} count as real defects. Add {names.length === 1 ? 'it' : 'them'} if {names.length === 1 ? 'it means' : 'they mean'} the bug was not one.
    </p>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <section style={{ display: 'grid', gap, paddingBlock: gap, borderTop: `1px solid ${token('color.border', '#091E4224')}` }}>
      <div>
        <Heading size="small" as="h2">{title}</Heading>
        <p style={{ margin: `${token('space.050', '4px')} 0 0`, color: subtle }}>{description}</p>
      </div>
      {children}
    </section>
  );
}

/** Fields side by side, each at least `basis` wide, wrapping on narrow screens. */
function Row({ basis, children }: { basis: string; children: ReactNode[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap }}>
      {children.map((child, i) => <div key={i} style={{ flex: `1 1 ${basis}` }}>{child}</div>)}
    </div>
  );
}

function FieldShell({ id, label, help, problem, children }: { id: string; label: string; help?: ReactNode; problem?: string; children: ReactNode }) {
  return (
    <div data-testid={`field-${id}`}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {problem ? <ErrorMessage testId={`problem-${id}`}>{problem}</ErrorMessage> : help ? <HelperMessage>{help}</HelperMessage> : null}
    </div>
  );
}

export function SettingsForm({ projectKey, draft, options, problems, readOnly, saving, onChange, onSave, banner, saveOutcome, xrayKey }: SettingsFormProps) {
  const issueTypeNames = options.issueTypes.map((t) => t.name);
  const multi = (field: 'defectIssueTypes' | 'invalidResolutions' | 'incidentIssueTypes' | 'requirementIssueTypes' | 'testIssueTypes', id: string, names: readonly string[], placeholder: string) => (
    <Select<Choice, true>
      inputId={id}
      isMulti
      isDisabled={readOnly}
      options={choicesOf(names, draft[field])}
      value={draft[field].map((name) => ({ label: name, value: name }))}
      onChange={(chosen) => onChange({ [field]: chosen.map((c) => c.value) })}
      placeholder={placeholder}
      isInvalid={Boolean(problems[field])}
    />
  );
  const text = (field: SettingsField & ('escapedDefectJql' | 'dueWeeksHigh' | 'dueWeeksOther' | 'leakageTarget' | 'reopenTarget' | 'uatEnvironment' | 'coverageTarget' | 'executionTarget' | 'uatTarget'), id: string, after?: string, extra: { isMonospaced?: boolean; width?: number } = {}) => (
    <Textfield
      id={id}
      name={field}
      value={draft[field]}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      isReadOnly={readOnly}
      isInvalid={Boolean(problems[field])}
      inputMode={after ? 'decimal' : undefined}
      elemAfterInput={after ? <span style={{ paddingInlineEnd: token('space.100', '8px'), color: subtle }}>{after}</span> : undefined}
      {...extra}
    />
  );

  const projectChoices: Choice[] = options.projects.map((p) => ({ label: `${p.name} (${p.key})`, value: p.key }));
  const targetProject = draft.actionItemProjectKey
    ? projectChoices.find((c) => c.value === draft.actionItemProjectKey) ?? { label: draft.actionItemProjectKey, value: draft.actionItemProjectKey }
    : null;
  const issueTypeChoices = choicesOf(issueTypeNames, draft.actionItemIssueType ? [draft.actionItemIssueType] : []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly) onSave();
  };

  return (
    <form onSubmit={submit} aria-label={`QA post-mortem settings of ${projectKey}`} data-testid="settings-form" data-read-only={readOnly} noValidate>
      <div style={{ display: 'grid', gap, maxWidth: '720px' }}>
        {banner}
        <Section title="What counts" description="Which issues the defect leakage and reopen rates count, and which issues are incidents.">
          <FieldShell id="defect-issue-types" label="Defect issue types" problem={problems.defectIssueTypes}
            help="Issues of these types are the defects the rates count.">
            {multi('defectIssueTypes', 'defect-issue-types', issueTypeNames, 'Choose issue types')}
          </FieldShell>
          <FieldShell id="escaped-defect-jql" label="Escaped defect rule (JQL condition)" problem={problems.escapedDefectJql}
            help={<>A defect that matches this condition escaped to production, e.g. <code>labels = found-in-production</code>. Jira checks it when you save.</>}>
            {text('escapedDefectJql', 'escaped-defect-jql', undefined, { isMonospaced: true })}
          </FieldShell>
          <FieldShell id="invalid-resolutions" label="Invalid resolutions" problem={problems.invalidResolutions}
            help="Defects resolved with one of these are not counted at all. A name this site does not have matches nothing.">
            {multi('invalidResolutions', 'invalid-resolutions', options.resolutions.map((r) => r.name), 'No resolution is excluded')}
            <UnmentionedResolutions names={unmentionedResolutions(options.resolutions.map((r) => r.name), draft.invalidResolutions)} />
          </FieldShell>
          <FieldShell id="incident-issue-types" label="Incident issue types" problem={problems.incidentIssueTypes}
            help={<>Issues of these types count as incidents in the metrics. The post-mortem panel itself shows on the types the app’s manifest names, <code>Incident</code> and Jira Service Management’s <code>[System] Incident</code>; another type needs adding there and a redeploy (see the README).</>}>
            {multi('incidentIssueTypes', 'incident-issue-types', issueTypeNames, 'Choose issue types')}
          </FieldShell>
        </Section>

        <Section title="Action items" description="Where the tasks a post-mortem creates go, and the due dates they start with.">
          <div style={{ display: 'flex', flexWrap: 'wrap', gap }}>
            <div style={{ flex: '1 1 260px' }}>
              <FieldShell id="action-item-project" label="Project for action-item tasks" problem={problems.actionItemProjectKey}
                help={`Empty: the tasks go to ${projectKey}, the incident’s project.`}>
                <Select<Choice>
                  inputId="action-item-project"
                  isClearable
                  isDisabled={readOnly}
                  options={projectChoices}
                  value={targetProject}
                  onChange={(choice) => onChange({ actionItemProjectKey: choice?.value ?? null })}
                  placeholder={`${projectKey} (this project)`}
                  isInvalid={Boolean(problems.actionItemProjectKey)}
                />
              </FieldShell>
            </div>
            <div style={{ flex: '1 1 200px' }}>
              <FieldShell id="action-item-issue-type" label="Issue type of the tasks" problem={problems.actionItemIssueType}>
                <Select<Choice>
                  inputId="action-item-issue-type"
                  isDisabled={readOnly}
                  options={issueTypeChoices}
                  value={draft.actionItemIssueType ? { label: draft.actionItemIssueType, value: draft.actionItemIssueType } : null}
                  onChange={(choice) => onChange({ actionItemIssueType: choice?.value ?? '' })}
                  isInvalid={Boolean(problems.actionItemIssueType)}
                />
              </FieldShell>
            </div>
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap }}>
            <div style={{ flex: '1 1 200px' }}>
              <FieldShell id="due-weeks-high" label="Due after, high priority" problem={problems.dueWeeksHigh} help="For High and Highest priority items.">
                {text('dueWeeksHigh', 'due-weeks-high', 'weeks')}
              </FieldShell>
            </div>
            <div style={{ flex: '1 1 200px' }}>
              <FieldShell id="due-weeks-other" label="Due after, other priorities" problem={problems.dueWeeksOther} help="For every other priority.">
                {text('dueWeeksOther', 'due-weeks-other', 'weeks')}
              </FieldShell>
            </div>
          </div>
        </Section>

        <Section title="Targets" description="The defect rates the team aims to stay at or under; the gadget shows each rate green within its target and red over it.">
          <div style={{ display: 'flex', flexWrap: 'wrap', gap }}>
            <div style={{ flex: '1 1 200px' }}>
              <FieldShell id="leakage-target" label="Defect leakage rate target" problem={problems.leakageTarget}>
                {text('leakageTarget', 'leakage-target', '%')}
              </FieldShell>
            </div>
            <div style={{ flex: '1 1 200px' }}>
              <FieldShell id="reopen-target" label="Defect reopen rate target" problem={problems.reopenTarget}>
                {text('reopenTarget', 'reopen-target', '%')}
              </FieldShell>
            </div>
          </div>
        </Section>

        <Section title="Tests" description="Requirement coverage counts the requirements planned for a release (fix version) that have at least one test linked to them. Execution progress and the UAT pass rate are counted from test runs, which a test-management app such as Xray Cloud keeps; from Jira’s own issues only coverage can be counted.">
          <FieldShell id="test-source" label="Where the tests are kept" problem={problems.testSource}
            help={draft.testSource === 'xray' ? 'Read through Xray Cloud’s API with the key below, as the person viewing sees the project in Jira.' : 'Tests are issues of the test issue types, linked to requirements by the test link type.'}>
            <Select<SourceChoice>
              inputId="test-source"
              isDisabled={readOnly}
              options={SOURCE_CHOICES}
              value={SOURCE_CHOICES.find((c) => c.value === draft.testSource) ?? null}
              onChange={(choice) => onChange({ testSource: choice?.value ?? 'jira' })}
              isInvalid={Boolean(problems.testSource)}
            />
          </FieldShell>
          {draft.testSource === 'xray' || xrayKey.view.saved ? <XrayKeyPanel actions={xrayKey} readOnly={readOnly} /> : null}
          <Row basis="260px">
            {[
              <FieldShell key="r" id="requirement-issue-types" label="Requirement issue types" problem={problems.requirementIssueTypes}
                help="Issues of these types are the requirements a release plans.">
                {multi('requirementIssueTypes', 'requirement-issue-types', issueTypeNames, 'Choose issue types')}
              </FieldShell>,
              <FieldShell key="t" id="test-issue-types" label="Test issue types" problem={problems.testIssueTypes} help="Issues of these types are tests.">
                {multi('testIssueTypes', 'test-issue-types', issueTypeNames, 'Choose issue types')}
              </FieldShell>,
            ]}
          </Row>
          <Row basis="260px">
            {[
              <FieldShell key="l" id="test-link-type" label="Test link type" problem={problems.testLinkType}
                help="The link type that joins a test to what it tests, in either direction (Xray’s is Test).">
                <Select<Choice>
                  inputId="test-link-type"
                  isDisabled={readOnly}
                  options={choicesOf(options.linkTypes.map((t) => t.name), draft.testLinkType ? [draft.testLinkType] : [])}
                  value={draft.testLinkType ? { label: draft.testLinkType, value: draft.testLinkType } : null}
                  onChange={(choice) => onChange({ testLinkType: choice?.value ?? '' })}
                  isInvalid={Boolean(problems.testLinkType)}
                />
              </FieldShell>,
              <FieldShell key="u" id="uat-environment" label="UAT test environment or label" problem={problems.uatEnvironment}
                help="Test executions with this test environment or label are UAT.">
                {text('uatEnvironment', 'uat-environment')}
              </FieldShell>,
            ]}
          </Row>
          <Row basis="180px">
            {[
              <FieldShell key="c" id="coverage-target" label="Requirement coverage target" problem={problems.coverageTarget} help="At least this.">
                {text('coverageTarget', 'coverage-target', '%')}
              </FieldShell>,
              <FieldShell key="e" id="execution-target" label="Test execution progress target" problem={problems.executionTarget} help="At least this.">
                {text('executionTarget', 'execution-target', '%')}
              </FieldShell>,
              <FieldShell key="p" id="uat-target" label="UAT pass rate target" problem={problems.uatTarget} help="At least this.">
                {text('uatTarget', 'uat-target', '%')}
              </FieldShell>,
            ]}
          </Row>
        </Section>

        {readOnly ? null : (
          <div style={{ display: 'grid', gap, borderTop: `1px solid ${token('color.border', '#091E4224')}`, paddingTop: gap }}>
            <div role="status" aria-live="polite">{saveOutcome}</div>
            <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
              <Button appearance="primary" type="submit" isLoading={saving} testId="settings-save">Save settings</Button>
            </div>
          </div>
        )}
      </div>
    </form>
  );
}
