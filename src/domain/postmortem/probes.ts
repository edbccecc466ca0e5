/**
 * The four QA probes of stage 4 (DESIGN.md section 2): the questions a QA lead drives, exported so
 * the panel shows the same wording the rules and the summary comment use.
 */
import type { Probes, ProbeId } from './document';

export interface ProbeDefinition {
  id: ProbeId;
  title: string;
  questions: string[];
}

export const PROBES: readonly ProbeDefinition[] = [
  {
    id: 'testCoverage',
    title: 'Test coverage gaps',
    questions: [
      'Where did functional, exploratory or regression testing fail to cover the scenario?',
      'Was requirement coverage adequate for the affected features?',
    ],
  },
  {
    id: 'riskAssessment',
    title: 'Risk assessment',
    questions: ['Was the potential impact of related changes underestimated in release planning?'],
  },
  {
    id: 'processEffectiveness',
    title: 'Process effectiveness',
    questions: [
      'Were test environments representative of production?',
      'Was UAT comprehensive?',
      'What was the UAT pass-rate trend before the release?',
    ],
  },
  {
    id: 'defectTrends',
    title: 'Defect trends',
    questions: ['Did earlier releases show high leakage or reopen rates in the related components?'],
  },
];

export const PROBE_IDS: readonly ProbeId[] = PROBES.map((p) => p.id);

export function probeTitle(id: ProbeId): string {
  return PROBES.find((p) => p.id === id)?.title ?? id;
}

/** Probes with an answer chosen; "unknown" is an answer (someone looked and could not tell). */
export function answeredCount(probes: Probes): number {
  return PROBE_IDS.filter((id) => probes[id].answer !== null).length;
}

export function unansweredProbes(probes: Probes): ProbeId[] {
  return PROBE_IDS.filter((id) => probes[id].answer === null);
}
