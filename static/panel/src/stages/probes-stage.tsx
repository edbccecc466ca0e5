/**
 * Stage 4, QA probes: the four questions a QA lead drives (test coverage, risk assessment, process
 * effectiveness, defect trends), each answered yes / partly / no / unknown with notes and evidence.
 * The UAT pass-rate trend and the computed defect figures are shown where the document has them.
 */
import { useId } from 'react';
import { RadioGroup } from '@atlaskit/radio';
import { token } from '@atlaskit/tokens';
import {
  PROBE_ANSWER_LABELS,
  PROBE_ANSWERS,
  PROBES,
  type DefectTrendsComputed,
  type Probe,
  type ProbeAnswer,
  type ProbeDefinition,
  type ProbeId,
  type UatPassRate,
} from '../../../../src/domain/postmortem';
import { ItemCard } from '../components/item-card';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { EvidenceInput } from '../fields/evidence-input';
import { TextAreaInput } from '../fields/text-area-input';
import { formatDateTime } from '../model/zoned-time';
import type { StageProps } from './stage-props';

const rate = (value: number | null) => (value === null ? 'no data' : `${value.toFixed(1)} %`);

function UatTrend({ rates }: { rates: UatPassRate[] }) {
  return (
    <table style={{ borderCollapse: 'collapse', marginBlockEnd: token('space.150') }}>
      <caption style={{ textAlign: 'start', color: token('color.text.subtle'), font: token('font.body.small') }}>UAT pass rate by release</caption>
      <tbody>
        {rates.map((r) => (
          <tr key={r.release}><th scope="row" style={{ textAlign: 'start', paddingInlineEnd: token('space.200'), fontWeight: token('font.weight.regular') }}>{r.release}</th><td>{r.passRate} %</td></tr>
        ))}
      </tbody>
    </table>
  );
}

function DefectFigures({ computed }: { computed: DefectTrendsComputed }) {
  const { timeZone } = usePanelEnv();
  const cell = { padding: `${token('space.050')} ${token('space.100')}`, borderBlockEnd: `1px solid ${token('color.border')}`, textAlign: 'end' as const };
  return (
    <div data-testid="defect-figures" style={{ marginBlockEnd: token('space.150'), overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'start', color: token('color.text.subtle'), font: token('font.body.small') }}>
          Computed {formatDateTime(computed.computedAt, timeZone)}{computed.linkedDefectKeys.length ? ` · linked defects: ${computed.linkedDefectKeys.join(', ')}` : ''}
        </caption>
        <thead>
          <tr>{['Scope', 'Defects', 'Escaped', 'Leakage', 'Resolved', 'Reopened', 'Reopen rate'].map((h, i) => (
            <th key={h} scope="col" style={{ ...cell, textAlign: i === 0 ? 'start' : 'end', font: token('font.body.small'), color: token('color.text.subtle') }}>{h}</th>
          ))}</tr>
        </thead>
        <tbody>
          {computed.rows.map((row) => (
            <tr key={row.scope}>
              <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: token('font.weight.regular') }}>{row.scope}</th>
              <td style={cell}>{row.defects}</td><td style={cell}>{row.escaped}</td><td style={cell}>{rate(row.leakageRate)}</td>
              <td style={cell}>{row.resolved}</td><td style={cell}>{row.reopened}</td><td style={cell}>{rate(row.reopenRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProbeCard({ definition, probe, onChange }: { definition: ProbeDefinition; probe: Probe; onChange: (patch: Partial<Probe>) => void }) {
  const { readOnly } = usePanelEnv();
  const labelId = useId();
  const uat = (probe as Probe & { uatPassRates?: UatPassRate[] }).uatPassRates;
  const computed = (probe as Probe & { computed?: DefectTrendsComputed }).computed;
  return (
    <ItemCard testId={`probe-${definition.id}`} labelledBy={`${labelId}-title`} title={<span id={`${labelId}-title`}>{definition.title}</span>}>
      <ul style={{ margin: `0 0 ${token('space.100')}`, paddingInlineStart: token('space.250'), color: token('color.text.subtle') }}>
        {definition.questions.map((q) => <li key={q} style={{ margin: 0 }}>{q}</li>)}
      </ul>
      {uat && uat.length > 0 ? <UatTrend rates={uat} /> : null}
      {computed ? <DefectFigures computed={computed} /> : null}
      <div role="group" aria-labelledby={`${labelId}-answer`} style={{ marginBlockEnd: token('space.100') }}>
        <div id={`${labelId}-answer`} style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
          Answer for {definition.title.toLowerCase()}
        </div>
        <div className="probe-answers">
          <RadioGroup
            aria-labelledby={`${labelId}-answer`}
            name={`answer-${definition.id}`}
            value={probe.answer}
            isDisabled={readOnly}
            onChange={(e) => onChange({ answer: e.currentTarget.value as ProbeAnswer })}
            options={PROBE_ANSWERS.map((a) => ({ name: `answer-${definition.id}`, value: a, label: PROBE_ANSWER_LABELS[a] }))}
          />
        </div>
      </div>
      <TextAreaInput label={`${definition.title} notes`} value={probe.notes} onChange={(notes) => onChange({ notes })} placeholder="What you found, and how you know" />
      <EvidenceInput legend={`${definition.title} evidence`} values={probe.evidence} onChange={(evidence) => onChange({ evidence })} />
    </ItemCard>
  );
}

export function ProbesStage({ doc, update, state, headingId }: StageProps) {
  const setProbe = (id: ProbeId, patch: Partial<Probe>) =>
    update((d) => ({ ...d, probes: { ...d.probes, [id]: { ...d.probes[id], ...patch } } }));
  return (
    <div>
      <StageHeader id={headingId} title="QA probes" complete={state.complete} missing={state.missing}
        intro="Where quality practice let this through. “Unknown” is an answer: someone looked and could not tell." />
      {PROBES.map((definition) => (
        <ProbeCard key={definition.id} definition={definition} probe={doc.probes[definition.id]} onChange={(patch) => setProbe(definition.id, patch)} />
      ))}
    </div>
  );
}
