/**
 * The settings page's container: reads the settings of the page's project (getSettings answers the
 * project from the Forge context, with the choices and whether this user may save), keeps the
 * draft, and saves it (saveSettings). It owns the loading and error states and the outcome of a save:
 * saved, refused for a field (Jira's message under the JQL field, say), or refused because only
 * project administrators may save, which turns the form read-only. What was typed is never lost.
 */
import SectionMessage from '@atlaskit/section-message';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { SettingsResult } from '../../../src/contracts/metrics';
import type { XrayRegion } from '../../../src/contracts/vocabulary';
import { ErrorState } from '../../shared/src/error-state';
import { LoadingState } from '../../shared/src/loading-state';
import { toUiError, type UiError } from '../../shared/src/ui-error';
import { draftOfSettings, problemsOfSaveError, settingsOfDraft, type FieldProblems, type SettingsDraft } from './settings-draft';
import { lazyPart, PartBoundary } from '../../shared/src/lazy-part';

// The form's code (Atlaskit's select among it) loads while getSettings is under way.
const FormPart = lazyPart(() => import('./settings-form'), 'SettingsForm');
const SettingsForm = FormPart.Component;
import { invokeSettings } from './settings-invoke';

type Outcome =
  | { kind: 'saved' }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'forbidden'; message: string };

/** What became of the last save, shown beside the Save button that asked for it. */
function SaveOutcome({ result, outcome }: { result: SettingsResult; outcome: Outcome | null }): ReactNode {
  if (outcome?.kind === 'saved') {
    return <SectionMessage appearance="success" title="Settings saved" testId="settings-saved">
      <p>The metrics of {result.projectKey} use these settings from now on.</p></SectionMessage>;
  }
  if (outcome?.kind === 'invalid' || outcome?.kind === 'failed') {
    return <SectionMessage appearance="error" title="The settings were not saved" testId="settings-not-saved">
      <p>{outcome.message}</p></SectionMessage>;
  }
  return null;
}

/** What holds for the whole page: read-only, unusable saved settings, the defaults in use. */
function Banner({ result, outcome, readOnly }: { result: SettingsResult; outcome: Outcome | null; readOnly: boolean }): ReactNode {
  const messages: ReactNode[] = [];
  if (outcome?.kind === 'forbidden') {
    messages.push(<SectionMessage key="forbidden" appearance="warning" title="You can’t change these settings" testId="settings-read-only">
      <p>{outcome.message}</p></SectionMessage>);
  }
  if (readOnly && outcome?.kind !== 'forbidden') {
    messages.push(<SectionMessage key="read-only" appearance="information" title="You can see these settings but not change them" testId="settings-read-only">
      <p>Only administrators of project {result.projectKey} can change its QA post-mortem settings. Ask one of them if something here should change.</p>
    </SectionMessage>);
  }
  if (result.problem) {
    messages.push(<SectionMessage key="problem" appearance="warning" title="The saved settings could not be used"><p>{result.problem}</p></SectionMessage>);
  } else if (result.isDefault && outcome?.kind !== 'saved') {
    messages.push(<p key="default" data-testid="settings-default">{result.projectName} uses the default settings; nothing has been saved for it yet.</p>);
  }
  return messages.length ? <div style={{ display: 'grid', gap: '12px' }}>{messages}</div> : null;
}

export function SettingsContainer() {
  useEffect(() => {
    void FormPart.load().catch(() => undefined);
  }, []);
  const [result, setResult] = useState<SettingsResult | null>(null);
  const [loadError, setLoadError] = useState<UiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [forbidden, setForbidden] = useState(false);

  useEffect(() => {
    let live = true;
    setLoadError(null);
    invokeSettings('getSettings', {}).then(
      (loaded) => {
        if (!live) return;
        setResult(loaded);
        setDraft(draftOfSettings(loaded.settings));
      },
      (e: unknown) => { if (live) setLoadError(toUiError(e, 'getSettings')); },
    );
    return () => { live = false; };
  }, [attempt]);

  const change = useCallback((patch: Partial<SettingsDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setProblems((p) => {
      const next = { ...p };
      for (const field of Object.keys(patch) as (keyof SettingsDraft)[]) delete next[field];
      return next;
    });
  }, []);

  const save = useCallback(() => {
    if (!draft || saving) return;
    const checked = settingsOfDraft(draft);
    setProblems(checked.problems);
    if (!checked.settings) {
      setOutcome({ kind: 'invalid', message: 'Correct the fields marked below, then save again.' });
      return;
    }
    setSaving(true);
    setOutcome(null);
    invokeSettings('saveSettings', { settings: checked.settings }).then(
      (saved) => {
        setDraft(draftOfSettings(saved.settings));
        setResult((r) => (r ? { ...r, settings: saved.settings, isDefault: false, problem: undefined } : r));
        setOutcome({ kind: 'saved' });
        setSaving(false);
      },
      (e: unknown) => {
        const error = toUiError(e, 'saveSettings');
        setSaving(false);
        if (error.code === 'FORBIDDEN') {
          setForbidden(true);
          setOutcome({ kind: 'forbidden', message: error.message });
          return;
        }
        const placed = problemsOfSaveError(error);
        setProblems(placed.fields);
        setOutcome(placed.unplaced === null
          ? { kind: 'invalid', message: 'Jira did not accept some of the settings; see the fields marked below.' }
          : { kind: 'failed', message: placed.unplaced });
      },
    );
  }, [draft, saving]);

  // The key is saved on its own (checked with Xray), not with the rest of the form.
  const xrayKey = result ? {
    view: result.xrayKey,
    save: (key: { clientId: string; clientSecret: string; region: XrayRegion }) => invokeSettings('saveXrayKey', key).then(
      (view) => { setResult((r) => (r ? { ...r, xrayKey: view } : r)); },
      (e: unknown) => { throw new Error(toUiError(e, 'saveXrayKey').message); },
    ),
    remove: () => invokeSettings('deleteXrayKey', {}).then(
      (view) => { setResult((r) => (r ? { ...r, xrayKey: view } : r)); },
      (e: unknown) => { throw new Error(toUiError(e, 'deleteXrayKey').message); },
    ),
  } : null;

  if (loadError) return <ErrorState error={loadError} title="The settings could not be loaded" onRetry={() => setAttempt((n) => n + 1)} />;
  if (!result || !draft || !xrayKey) return <LoadingState label="Loading the settings…" />;
  const readOnly = forbidden || !result.canEdit;
  return (
    <PartBoundary label="Loading the settings…">
    <SettingsForm
      projectKey={result.projectKey}
      draft={draft}
      options={result.options}
      problems={problems}
      readOnly={readOnly}
      saving={saving}
      onChange={change}
      onSave={save}
      banner={<Banner result={result} outcome={outcome} readOnly={readOnly} />}
      saveOutcome={<SaveOutcome result={result} outcome={outcome} />}
      xrayKey={xrayKey}
    />
    </PartBoundary>
  );
}
