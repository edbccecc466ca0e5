/**
 * Stage 1, Gather: the incident's impact (severity, people affected, a summary), its times in the
 * viewer's zone with the time to detect and to resolve they give, the journeys and components
 * affected, evidence, and the changes suspected.
 */
import { token } from '@atlaskit/tokens';
import {
  formatMinutes,
  incidentDurations,
  SEVERITIES,
  SEVERITY_LABELS,
  type Gather,
} from '../../../../src/domain/postmortem';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { CountInput } from '../fields/count-input';
import { EvidenceInput } from '../fields/evidence-input';
import { MultiValueInput } from '../fields/multi-value-input';
import { SelectInput } from '../fields/select-input';
import { StringListInput } from '../fields/string-list-input';
import { SuspectedChangesInput } from '../fields/suspected-changes-input';
import { TextAreaInput } from '../fields/text-area-input';
import { ZonedDateTimeInput } from '../fields/zoned-date-time-input';
import { timeZoneLabel } from '../model/zoned-time';
import type { StageProps } from './stage-props';

const grid = (columns: string) => ({ display: 'grid', gridTemplateColumns: columns, columnGap: token('space.200') });

function timeOrderError(earlier: string | null, later: string | null, message: string): string | null {
  return earlier && later && Date.parse(later) < Date.parse(earlier) ? message : null;
}

export function GatherStage({ doc, update, state, headingId }: StageProps) {
  const { incident, timeZone } = usePanelEnv();
  const g = doc.gather;
  const set = (patch: Partial<Gather>) => update((d) => ({ ...d, gather: { ...d.gather, ...patch } }));
  const { timeToDetectMinutes, timeToResolveMinutes } = incidentDurations(g);

  return (
    <div>
      <StageHeader id={headingId} title="Gather" complete={state.complete} missing={state.missing}
        intro="What happened and to whom: impact, times, the areas affected, evidence and the changes suspected." />

      <div style={grid('minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr)')}>
        <SelectInput label="Severity" value={g.severity} options={SEVERITIES} labels={SEVERITY_LABELS} isClearable onChange={(severity) => set({ severity })} testId="gather-severity" />
        <CountInput label="Users affected" value={g.usersAffected} onChange={(usersAffected) => set({ usersAffected })} />
        <CountInput label="Customers affected" value={g.customersAffected} onChange={(customersAffected) => set({ customersAffected })} />
      </div>
      <TextAreaInput label="Impact summary" value={g.impactSummary} onChange={(impactSummary) => set({ impactSummary })}
        placeholder="What users could not do, for how long, and what it cost" testId="gather-impact" />

      <div style={{ color: token('color.text.subtle'), font: token('font.body.small'), marginBlockEnd: token('space.075') }}>
        Times are in your time zone, {timeZoneLabel(timeZone, new Date())}.
      </div>
      <div style={grid('minmax(0, 1fr) minmax(0, 1fr)')}>
        <ZonedDateTimeInput label="Started" value={g.startedAt} onChange={(startedAt) => set({ startedAt })} testId="gather-started" />
        <ZonedDateTimeInput label="Detected" value={g.detectedAt} onChange={(detectedAt) => set({ detectedAt })} testId="gather-detected"
          error={timeOrderError(g.startedAt, g.detectedAt, 'Detected before it started')} />
        <ZonedDateTimeInput label="Mitigated" value={g.mitigatedAt} onChange={(mitigatedAt) => set({ mitigatedAt })} testId="gather-mitigated"
          error={timeOrderError(g.detectedAt, g.mitigatedAt, 'Mitigated before it was detected')} />
        <ZonedDateTimeInput label="Resolved" value={g.resolvedAt} onChange={(resolvedAt) => set({ resolvedAt })} testId="gather-resolved"
          error={timeOrderError(g.mitigatedAt ?? g.detectedAt, g.resolvedAt, 'Resolved before it was detected or mitigated')} />
      </div>
      <dl data-testid="gather-durations" style={{ display: 'flex', gap: token('space.300'), margin: `0 0 ${token('space.200')}`, padding: 0 }}>
        <div><dt style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>Time to detect</dt>
          <dd style={{ margin: 0, fontWeight: token('font.weight.semibold') }}>{timeToDetectMinutes === null ? '—' : formatMinutes(timeToDetectMinutes)}</dd></div>
        <div><dt style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>Time to resolve</dt>
          <dd style={{ margin: 0, fontWeight: token('font.weight.semibold') }}>{timeToResolveMinutes === null ? '—' : formatMinutes(timeToResolveMinutes)}</dd></div>
      </dl>

      <StringListInput legend="Affected user journeys" itemLabel={(n) => `Journey ${n}`} values={g.affectedJourneys}
        onChange={(affectedJourneys) => set({ affectedJourneys })} addLabel="Add journey" placeholder="e.g. Pay by card at checkout" emptyText="No journey named yet." />
      <MultiValueInput label="Affected components" values={g.affectedComponents} suggestions={incident.components}
        onChange={(affectedComponents) => set({ affectedComponents })} helper="The project's components this incident touched" />
      <EvidenceInput legend="Evidence" values={g.evidence} onChange={(evidence) => set({ evidence })} />
      <SuspectedChangesInput values={g.suspectedChanges} onChange={(suspectedChanges) => set({ suspectedChanges })} />
    </div>
  );
}
