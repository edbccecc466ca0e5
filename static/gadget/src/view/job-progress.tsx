/**
 * Shown while a large project's figures are computed in the background (status "running"): what
 * the job is doing and how far it got, as a progress bar when the total is known.
 */
import Spinner from '@atlaskit/spinner';
import type { MetricsJobPhase, MetricsJobProgress } from '../../../../src/contracts/metrics';
import { palette, space } from './palette';

const PHASE_TEXT: Record<MetricsJobPhase, string> = {
  queued: 'Waiting for its turn',
  counting: 'Counting the defects',
  defects: 'Reading the defects',
  changelogs: 'Reading the status histories',
  computing: 'Computing the rates',
  done: 'Finishing',
};

export function progressPercent(progress: MetricsJobProgress): number | null {
  if (progress.total === null || progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}

export function JobProgress({ progress, projectKey }: { progress: MetricsJobProgress; projectKey: string }) {
  const percent = progressPercent(progress);
  const counts = progress.total === null ? `${progress.done}` : `${progress.done} of ${progress.total}`;
  return (
    <section
      data-testid="job-progress"
      data-phase={progress.phase}
      aria-live="polite"
      style={{ border: `1px solid ${palette.border}`, borderRadius: space.radius, padding: space.s200, background: palette.sunken }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: space.s100 }}>
        <Spinner size="small" label="Computing" />
        <strong>{projectKey} has many defects; computing its figures in the background.</strong>
      </div>
      <p style={{ margin: `${space.s100} 0` }}>{PHASE_TEXT[progress.phase]}{progress.phase === 'queued' ? '' : ` (${counts})`}…</p>
      <div
        role="progressbar"
        aria-label="Computing the figures"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? PHASE_TEXT[progress.phase] : `${percent}%`}
        style={{ height: '6px', borderRadius: '3px', background: palette.progressTrack, overflow: 'hidden' }}
      >
        <div style={{ height: '100%', width: `${Math.max(percent ?? 5, 2)}%`, background: palette.progressBar, transition: 'width 300ms ease' }} />
      </div>
      <p style={{ margin: `${space.s100} 0 0`, color: palette.subtlest, fontSize: '12px' }}>This can take a few minutes; the gadget updates by itself.</p>
    </section>
  );
}
