import { answeredCount, PROBES, probeTitle, unansweredProbes } from '../../../../src/domain/postmortem';
import { workedDocument } from './postmortem-builders';

describe('QA probes', () => {
  it('defines the four probes in the order the panel shows them, with their questions', () => {
    expect(PROBES.map((p) => p.id)).toEqual(['testCoverage', 'riskAssessment', 'processEffectiveness', 'defectTrends']);
    expect(PROBES.find((p) => p.id === 'processEffectiveness')?.questions).toContain('Was UAT comprehensive?');
    expect(PROBES.every((p) => p.questions.length > 0 && p.questions.every((q) => q.endsWith('?')))).toBe(true);
    expect(probeTitle('riskAssessment')).toBe('Risk assessment');
  });

  it('counts answered probes, with "unknown" as an answer', () => {
    const { probes } = workedDocument();
    expect(answeredCount(probes)).toBe(4);
    probes.testCoverage.answer = null;
    probes.defectTrends.answer = null;
    expect(answeredCount(probes)).toBe(2);
    expect(unansweredProbes(probes)).toEqual(['testCoverage', 'defectTrends']);
  });
});
