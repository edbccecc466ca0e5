/**
 * The gadget's edit view: which project, which period (the last 3, 6 or 12 months, or a custom
 * from/to) and how to group the trend. Presentational: the projects come in, the configuration goes
 * out through `onSave`; problems with the input are shown next to the field they concern.
 */
import Button from '@atlaskit/button/new';
import { router } from '@forge/bridge';
import { DatePicker } from '@atlaskit/datetime-picker';
import { ErrorMessage, Fieldset, HelperMessage, Label } from '@atlaskit/form';
import { RadioGroup } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import { useState, type FormEvent } from 'react';
import type { ProjectOption } from '../../../../src/contracts/metrics';
import { METRICS_GROUP_BY, type MetricsGroupBy } from '../../../../src/contracts/vocabulary';
import { monthCountOf, PERIOD_MAX_MONTHS } from '../../../../src/domain/metrics/dates';
import { GROUP_BY_LABELS, isCalendarDay, PERIOD_PRESETS, type GadgetConfig, type PeriodChoice, type PeriodPreset } from '../gadget-config';
import { palette, space } from '../view/palette';

export interface EditFormProps {
  projects: ProjectOption[];
  /** The saved configuration, or null for a new gadget. */
  initial: GadgetConfig | null;
  /** Today, for the custom period's defaults. */
  today: string;
  onSave: (config: GadgetConfig) => Promise<void>;
  onCancel: () => void;
}

type PeriodValue = 'last-3-months' | 'last-6-months' | 'last-12-months' | 'custom';

interface Draft {
  projectKey: string | null;
  period: PeriodValue;
  from: string;
  to: string;
  groupBy: MetricsGroupBy;
}

interface ProjectChoice { label: string; value: string }

function draftOf(initial: GadgetConfig | null, today: string, projects: ProjectOption[]): Draft {
  const period = initial?.period;
  return {
    projectKey: initial?.projectKey ?? (projects.length === 1 ? projects[0].key : null),
    period: !period ? 'last-12-months' : period.kind === 'custom' ? 'custom' : `last-${period.months}-months`,
    from: period?.kind === 'custom' ? period.from : `${today.slice(0, 4)}-01-01`,
    to: period?.kind === 'custom' ? period.to : today,
    groupBy: initial?.groupBy ?? 'month',
  };
}

type Problems = Partial<Record<'projectKey' | 'from' | 'to', string>>;

function validateDraft(draft: Draft): { config: GadgetConfig | null; problems: Problems } {
  const problems: Problems = {};
  if (!draft.projectKey) problems.projectKey = 'Choose a project.';
  let period: PeriodChoice | null = null;
  if (draft.period === 'custom') {
    if (!isCalendarDay(draft.from)) problems.from = 'Choose the first day of the period.';
    if (!isCalendarDay(draft.to)) problems.to = 'Choose the last day of the period.';
    else if (isCalendarDay(draft.from) && draft.from > draft.to) problems.to = 'The last day must not be before the first.';
    else if (isCalendarDay(draft.from) && monthCountOf(draft) > PERIOD_MAX_MONTHS) problems.to = `Choose a period of at most ${PERIOD_MAX_MONTHS / 12} years.`;
    if (!problems.from && !problems.to) period = { kind: 'custom', from: draft.from, to: draft.to };
  } else {
    period = { kind: 'last-months', months: Number(/\d+/.exec(draft.period)?.[0]) as PeriodPreset };
  }
  if (!draft.projectKey || !period) return { config: null, problems };
  return { config: { projectKey: draft.projectKey, period, groupBy: draft.groupBy }, problems };
}

const PERIOD_OPTIONS = [
  ...PERIOD_PRESETS.map((months) => ({ name: 'period', value: `last-${months}-months`, label: `Last ${months} months` })),
  { name: 'period', value: 'custom', label: 'Custom dates' },
];
const GROUP_OPTIONS = METRICS_GROUP_BY.map((value) => ({ name: 'groupBy', value, label: GROUP_BY_LABELS[value] }));

/**
 * The project's settings page, where the targets are: the app's jira:projectSettingsPage module,
 * opened in a new tab so the gadget's edit view stays as it is.
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/router/
 */
function openProjectSettings(projectKey: string): Promise<void> {
  return router.open({ target: 'module', moduleKey: 'qa-postmortem-settings', projectKey });
}

export function EditForm({ projects, initial, today, onSave, onCancel }: EditFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial, today, projects));
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const choices: ProjectChoice[] = projects.map((p) => ({ label: `${p.name} (${p.key})`, value: p.key }));
  const known = choices.find((c) => c.value === draft.projectKey);
  const selected = known ?? (draft.projectKey ? { label: draft.projectKey, value: draft.projectKey } : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { config, problems: found } = validateDraft(draft);
    setProblems(found);
    if (!config) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(config);
    } catch (error) {
      setSaveError(error instanceof Error && error.message ? error.message : 'The configuration could not be saved.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => { void submit(e); }} aria-label="Configure the QA quality metrics gadget" data-testid="gadget-edit" noValidate>
      <div style={{ display: 'grid', gap: space.s200, maxWidth: '560px' }}>
        {saveError ? <SectionMessage appearance="error" title="Not saved"><p>{saveError}</p></SectionMessage> : null}
        <div>
          <Label htmlFor="gadget-project">Project</Label>
          <Select<ProjectChoice>
            inputId="gadget-project"
            options={choices}
            value={selected}
            onChange={(choice) => change({ projectKey: choice?.value ?? null })}
            placeholder="Choose a project"
            isInvalid={Boolean(problems.projectKey)}
            noOptionsMessage={() => 'No project you can browse matches'}
          />
          {problems.projectKey ? <ErrorMessage>{problems.projectKey}</ErrorMessage>
            : projects.length === 0 ? <HelperMessage>You can browse no project, so there is nothing to measure yet.</HelperMessage> : null}
        </div>

        <Fieldset legend="Period">
          <RadioGroup
            name="period"
            options={PERIOD_OPTIONS}
            value={draft.period}
            onChange={(e) => change({ period: e.currentTarget.value as PeriodValue })}
          />
          {draft.period === 'custom' ? (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: space.s200, marginTop: space.s100 }}>
              <div style={{ flex: '1 1 180px' }}>
                <Label htmlFor="gadget-from">From</Label>
                <DatePicker id="gadget-from" value={draft.from} onChange={(from) => change({ from })} dateFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD" isInvalid={Boolean(problems.from)} locale="en-GB" clearControlLabel="Clear the first day" />
                {problems.from ? <ErrorMessage>{problems.from}</ErrorMessage> : null}
              </div>
              <div style={{ flex: '1 1 180px' }}>
                <Label htmlFor="gadget-to">To</Label>
                <DatePicker id="gadget-to" value={draft.to} onChange={(to) => change({ to })} dateFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD" isInvalid={Boolean(problems.to)} locale="en-GB" clearControlLabel="Clear the last day" />
                {problems.to ? <ErrorMessage>{problems.to}</ErrorMessage> : null}
              </div>
            </div>
          ) : (
            <HelperMessage>Whole calendar months, the current one included.</HelperMessage>
          )}
        </Fieldset>

        <Fieldset legend="Group the trend by">
          <RadioGroup
            name="groupBy"
            options={GROUP_OPTIONS}
            value={draft.groupBy}
            onChange={(e) => change({ groupBy: e.currentTarget.value as MetricsGroupBy })}
          />
        </Fieldset>

        <section aria-labelledby="gadget-targets" data-testid="gadget-targets">
          <Label htmlFor="gadget-targets-link" id="gadget-targets">Targets</Label>
          <p style={{ margin: `${space.s050} 0` }}>
            The leakage and reopen targets the gadget measures against are the project’s, set in its QA post-mortem settings
            (project administrators can change them).
          </p>
          <Button id="gadget-targets-link" testId="gadget-targets-link" isDisabled={!draft.projectKey}
            onClick={() => { if (draft.projectKey) void openProjectSettings(draft.projectKey); }}>
            {draft.projectKey ? `Open ${draft.projectKey}’s QA post-mortem settings` : 'Choose a project to see its targets'}
          </Button>
        </section>

        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: space.s100, borderTop: `1px solid ${palette.border}`, paddingTop: space.s200 }}>
          <Button appearance="subtle" onClick={onCancel} isDisabled={saving}>Cancel</Button>
          <Button appearance="primary" type="submit" isLoading={saving} testId="gadget-save">Save</Button>
        </div>
      </div>
    </form>
  );
}
