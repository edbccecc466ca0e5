/**
 * The gadget's edit view container: loads the projects the user can browse (listProjects), owns
 * the loading and error states, and saves the configuration with `view.submit`, after which Jira
 * shows the view with the new `gadgetConfiguration`; Cancel goes back with `view.close`.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-dashboard-gadget/
 */
import { view } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import type { ProjectOption } from '../../../../src/contracts/metrics';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import { toUiError, type UiError } from '../../../shared/src/ui-error';
import { dayOf, serializeGadgetConfig, type GadgetConfig } from '../gadget-config';
import { invokeGadget } from '../gadget-invoke';
import { lazyPart, PartBoundary } from '../../../shared/src/lazy-part';

// The form's code (date pickers, selects) loads while listProjects is under way.
const FormPart = lazyPart(() => import('./edit-form'), 'EditForm');
const EditForm = FormPart.Component;

export function EditContainer({ initial }: { initial: GadgetConfig | null }) {
  const [projects, setProjects] = useState<ProjectOption[] | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [today] = useState(() => dayOf(new Date()));
  useEffect(() => {
    void FormPart.load().catch(() => undefined);
  }, []);

  useEffect(() => {
    let live = true;
    setError(null);
    invokeGadget('listProjects', {}).then(
      (result) => { if (live) setProjects(result.projects); },
      (e: unknown) => { if (live) setError(toUiError(e, 'listProjects')); },
    );
    return () => { live = false; };
  }, [attempt]);

  const save = useCallback(async (config: GadgetConfig) => {
    await view.submit(serializeGadgetConfig(config));
  }, []);
  const cancel = useCallback(() => { view.close().catch(() => undefined); }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  if (error) return <ErrorState error={error} title="The projects could not be loaded" onRetry={retry} />;
  if (!projects) return <LoadingState label="Loading your projects…" />;
  return <PartBoundary label="Loading…"><EditForm projects={projects} initial={initial} today={today} onSave={save} onCancel={cancel} /></PartBoundary>;
}
