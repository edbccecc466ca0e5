/**
 * Container of the Defect trends probe's figures: loads getIncidentMetrics for the panel's incident
 * (it searches and reads changelogs, so it can take a second), shows loading and error states with
 * Retry, and the figures the post-mortem keeps when they differ from Jira's current ones or Jira's
 * cannot be read. "Use these figures" goes through the panel's normal editing and autosave.
 */
import { useState, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { IncidentMetricsPayload, IncidentMetricsResult } from '../../../../src/contract';
import type { DefectTrendsComputed } from '../../../../src/domain/postmortem';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import { useInvoke } from '../../../shared/src/use-invoke';
import { usePanelEnv } from '../editor/panel-env';
import { computedFromMetrics, sameFigures } from '../model/defect-trends';
import { formatDateTime } from '../model/zoned-time';
import { DefectRatesTable } from './defect-rates-table';
import { IncidentFigures } from './incident-figures';

/** The incident is the panel's own issue (Forge context): the payload only says whether to count each release. */
const OVERALL: IncidentMetricsPayload = {};
const BY_RELEASE: IncidentMetricsPayload = { byRelease: true };

export interface DefectTrendsFiguresProps {
  /** What the post-mortem keeps in probes.defectTrends.computed. */
  saved: DefectTrendsComputed | undefined;
  /** Whether the probe's notes are empty (using the figures then fills them). */
  notesEmpty: boolean;
  onUse: (result: IncidentMetricsResult) => void;
}

function SavedFigures({ saved, timeZone, note }: { saved: DefectTrendsComputed; timeZone: string; note: string }) {
  return (
    <div data-testid="saved-defect-figures">
      <DefectRatesTable
        testId="defect-figures"
        rows={saved.rows}
        caption={`${note}, computed ${formatDateTime(saved.computedAt, timeZone)}${saved.linkedDefectKeys.length ? ` · linked defects: ${saved.linkedDefectKeys.join(', ')}` : ''}`}
      />
    </div>
  );
}

export function DefectTrendsFigures({ saved, notesEmpty, onUse }: DefectTrendsFiguresProps) {
  const { readOnly, timeZone } = usePanelEnv();
  // Figures kept per release are compared with Jira's per release, so those are asked for at once.
  const [byRelease, setByRelease] = useState(() => (saved?.rows.length ?? 0) > 1);
  const { data, error, loading, reload } = useInvoke('getIncidentMetrics', byRelease ? BY_RELEASE : OVERALL);
  // While the releases are counted, the overall figures already shown stay.
  const current = error || (loading && !byRelease) ? null : data;
  const countingReleases = loading && byRelease;
  const inUse = current && !countingReleases ? sameFigures(saved, computedFromMetrics(current)) : false;

  let live: ReactNode = null;
  if (loading && !current) live = <LoadingState label="Computing defect figures from Jira…" />;
  else if (error) live = <ErrorState error={error} title="Defect figures couldn’t be computed" onRetry={reload} />;
  else if (current) {
    live = (
      <IncidentFigures
        result={current}
        timeZone={timeZone}
        inUse={inUse}
        replacesComputedAt={saved && !inUse ? saved.computedAt : null}
        fillsNotes={notesEmpty}
        onUse={readOnly || countingReleases ? undefined : () => onUse(current)}
        onShowReleases={() => setByRelease(true)}
        countingReleases={countingReleases}
      />
    );
  }
  const savedNote = current ? 'Kept in this post-mortem (Jira’s figures have changed since)' : 'Kept in this post-mortem';
  return (
    <section aria-label="Defect figures" data-testid="defect-trends-figures" style={{ marginBlockEnd: token('space.100') }}>
      <div style={{ marginBlockEnd: token('space.100') }}>{live}</div>
      {saved && !inUse ? <SavedFigures saved={saved} timeZone={timeZone} note={savedNote} /> : null}
    </section>
  );
}
