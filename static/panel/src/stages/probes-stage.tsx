/**
 * Stage 4, QA probes: the four questions a QA lead drives (test coverage, risk assessment, process
 * effectiveness, defect trends), each answered yes / partly / no / unknown with notes and evidence.
 * The UAT pass-rate trend is shown where the document has one; the Defect trends probe shows the
 * incident's figures from Jira (linked defects, leakage and reopen rates over the trailing releases),
 * which an editor keeps in the post-mortem with "Use these figures".
 */
import { useId, type ReactNode } from 'react';
import { RadioGroup } from '@atlaskit/radio';
import { token } from '@atlaskit/tokens';
import {
  PROBE_ANSWER_LABELS,
  PROBE_ANSWERS,
  PROBES,
  type Probe,
  type ProbeAnswer,
  type ProbeDefinition,
  type ProbeId,
  type UatPassRate,
} from '../../../../src/domain/postmortem';
import { ItemCard } from '../components/item-card';
import { StageHeader } from '../components/stage-header';
import { DefectTrendsFigures } from '../defect-trends/defect-trends-figures';
import { notesWithLine, uatPassRatesOf } from '../model/test-coverage';
import { TestCoverageFigures } from '../probes/test-coverage-figures';
import { ProcessFigures } from '../probes/process-figures';
import { useInvoke } from '../../../shared/src/use-invoke';
import type { IncidentTestCoveragePayload } from '../../../../src/contract';
import { usePanelEnv } from '../editor/panel-env';
import { EvidenceInput } from '../fields/evidence-input';
import { TextAreaInput } from '../fields/text-area-input';
import { withDefectTrendFigures } from '../model/defect-trends';
import type { StageProps } from './stage-props';

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

interface ProbeCardProps {
  definition: ProbeDefinition;
  probe: Probe;
  onChange: (patch: Partial<Probe>) => void;
  /** Figures shown above the answer (the Defect trends probe's, from Jira). */
  figures?: ReactNode;
}

function ProbeCard({ definition, probe, onChange, figures }: ProbeCardProps) {
  const { readOnly } = usePanelEnv();
  const labelId = useId();
  const uat = (probe as Probe & { uatPassRates?: UatPassRate[] }).uatPassRates;
  return (
    <ItemCard testId={`probe-${definition.id}`} labelledBy={`${labelId}-title`} title={<span id={`${labelId}-title`}>{definition.title}</span>}>
      <ul style={{ margin: `0 0 ${token('space.100')}`, paddingInlineStart: token('space.250'), color: token('color.text.subtle') }}>
        {definition.questions.map((q) => <li key={q} style={{ margin: 0 }}>{q}</li>)}
      </ul>
      {uat && uat.length > 0 ? <UatTrend rates={uat} /> : null}
      {figures}
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

/** The incident is the panel's own issue (Forge context): the payload is always empty. */
const NO_PAYLOAD: IncidentTestCoveragePayload = {};

export function ProbesStage({ doc, update, state, headingId }: StageProps) {
  // One read of the test source for both test probes.
  const testFigures = useInvoke('getIncidentTestCoverage', NO_PAYLOAD);
  const setProbe = (id: ProbeId, patch: Partial<Probe>) =>
    update((d) => ({ ...d, probes: { ...d.probes, [id]: { ...d.probes[id], ...patch } } }));
  const defectTrends = doc.probes.defectTrends;
  const defectFigures = (
    <DefectTrendsFigures
      saved={defectTrends.computed}
      notesEmpty={!defectTrends.notes.trim()}
      onUse={(result) => update((d) => withDefectTrendFigures(d, result))}
    />
  );
  const testCoverage = doc.probes.testCoverage;
  const coverageFigures = (
    <TestCoverageFigures
      read={testFigures}
      notes={testCoverage.notes}
      onAddLine={(line) => setProbe('testCoverage', { notes: notesWithLine(testCoverage.notes, line) })}
    />
  );
  const processEffectiveness = doc.probes.processEffectiveness;
  const processFigures = (
    <ProcessFigures
      read={testFigures}
      notes={processEffectiveness.notes}
      onAdd={(result, line) => update((d) => ({
        ...d,
        probes: {
          ...d.probes,
          processEffectiveness: { ...d.probes.processEffectiveness, notes: notesWithLine(d.probes.processEffectiveness.notes, line), uatPassRates: uatPassRatesOf(result) },
        },
      }))}
    />
  );
  const figuresOf: Partial<Record<ProbeId, ReactNode>> = { defectTrends: defectFigures, testCoverage: coverageFigures, processEffectiveness: processFigures };
  return (
    <div>
      <StageHeader id={headingId} title="QA probes" complete={state.complete} missing={state.missing}
        intro="Where quality practice let this through. “Unknown” is an answer: someone looked and could not tell." />
      {PROBES.map((definition) => (
        <ProbeCard
          key={definition.id}
          definition={definition}
          probe={doc.probes[definition.id]}
          onChange={(patch) => setProbe(definition.id, patch)}
          figures={figuresOf[definition.id] ?? null}
        />
      ))}
    </div>
  );
}
