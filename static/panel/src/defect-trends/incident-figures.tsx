/**
 * What getIncidentMetrics answered for this incident, as the Defect trends probe shows it: the
 * linked defects, the rates per scope against the project's targets, and "Use these figures" for
 * editors, which keeps them in the post-mortem (or says they already are).
 */
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { IncidentMetricsResult } from '../../../../src/contract';
import { componentsLabel, defectTrendRows, releaseRange } from '../model/defect-trends';
import { formatDateTime } from '../model/zoned-time';
import { DefectRatesTable } from './defect-rates-table';
import { LinkedDefectsList } from './linked-defects-list';

export interface IncidentFiguresProps {
  result: IncidentMetricsResult;
  timeZone: string;
  /** The post-mortem already keeps exactly these figures. */
  inUse: boolean;
  /** When the post-mortem keeps other figures: when those were computed. */
  replacesComputedAt: string | null;
  /** Absent for viewers who cannot edit the post-mortem. */
  onUse?: () => void;
  /** The probe's notes are empty, so using the figures also writes the summary line there. */
  fillsNotes: boolean;
  /** Asks for each trailing release apart (not counted on open: each costs Jira counts). */
  onShowReleases: () => void;
  /** The releases are being counted. */
  countingReleases: boolean;
}

function scopeSentence(result: IncidentMetricsResult): string {
  const components = result.components.length === 0 ? 'the whole project' : componentsLabel(result.components);
  if (result.releases.length === 0) return `The project has no release before this incident to compare ${components} with.`;
  const releases = result.releases.length === 1 ? `release ${result.releases[0]}` : `the releases ${releaseRange(result.releases)}`;
  return `Defects in ${components} found in ${releases} (affects version), the latest releases up to this incident.`;
}

function ReleasesButton({ result, onShowReleases, counting }: { result: IncidentMetricsResult; onShowReleases: () => void; counting: boolean }) {
  if (result.byReleaseCounted || result.releases.length < 2) return null;
  return (
    <Button appearance="subtle" onClick={onShowReleases} isLoading={counting} testId="show-release-figures">
      {counting ? 'Counting each release…' : `Show each of the ${result.releases.length} releases`}
    </Button>
  );
}

export function IncidentFigures({ result, timeZone, inUse, replacesComputedAt, onUse, fillsNotes, onShowReleases, countingReleases }: IncidentFiguresProps) {
  const rows = defectTrendRows(result);
  const computed = formatDateTime(result.computedAt, timeZone);
  const hintId = `defect-figures-hint-${result.incidentKey}`;
  return (
    <div data-testid="incident-figures" data-in-use={inUse}>
      <LinkedDefectsList defects={result.linkedDefects} />
      <p data-testid="defect-scope" style={{ margin: `0 0 ${token('space.050')}`, color: token('color.text.subtle') }}>{scopeSentence(result)}</p>
      {rows.length > 0 ? (
        <DefectRatesTable
          testId="live-defect-rates"
          rows={rows}
          targets={result.targets}
          caption={`From Jira, computed ${computed}`}
        />
      ) : null}
      <ReleasesButton result={result} onShowReleases={onShowReleases} counting={countingReleases} />
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap', marginBlockEnd: token('space.150') }}>
        {inUse ? (
          <span data-testid="figures-in-use"><Lozenge appearance="success">Kept in this post-mortem</Lozenge></span>
        ) : onUse ? (
          <>
            <Button appearance="primary" onClick={onUse} aria-describedby={hintId} testId="use-defect-figures">Use these figures</Button>
            <span id={hintId} style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
              {[
                replacesComputedAt ? `Replaces the figures computed ${formatDateTime(replacesComputedAt, timeZone)}.` : 'Keeps them with the post-mortem and its summary.',
                fillsNotes ? 'The notes get a one-line summary.' : '',
              ].filter(Boolean).join(' ')}
            </span>
          </>
        ) : null}
      </div>
    </div>
  );
}
