/**
 * The project's test-management figures (DESIGN.md section 4b) under the defect rates: requirement
 * coverage of the latest release against its target, the releases before it, and the requirements
 * with no test as links. Execution progress and the UAT pass rate come from test runs, which Jira
 * issues alone do not have: they say so, never 0 %.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import type { TestMetricsResult } from '../../../../src/contracts/metrics';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import { openIssue } from '../../../shared/src/open-issue';
import { useForgeContext } from '../../../shared/src/use-forge-context';
import { useInvoke } from '../../../shared/src/use-invoke';
import { formatPercent, palette, space } from './palette';
import { RateFigure } from './rate-figure';

/** Uncovered requirements named before "and N more". */
const UNCOVERED_SHOWN = 8;

function IssueKeyLink({ issueKey, summary, siteUrl }: { issueKey: string; summary: string; siteUrl: string }) {
  const href = `${siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(issueKey)}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void openIssue(issueKey, href, { newTab: event.metaKey || event.ctrlKey || event.shiftKey });
  };
  // In a line of text: underlined, so it is told apart without colour (WCAG 1.4.1).
  return <a href={href} onClick={onClick} data-testid="uncovered-requirement" title={summary} aria-label={`${issueKey}: ${summary}`} style={{ textDecoration: 'underline' }}>{issueKey}</a>;
}

const cell = { padding: `${space.s050} ${space.s100}`, borderBottom: `1px solid ${palette.border}`, textAlign: 'end' as const };

function CoverageTrend({ trend }: { trend: TestMetricsResult['trend'] }) {
  return (
    <table data-testid="coverage-trend" style={{ borderCollapse: 'collapse', width: '100%', marginTop: space.s150 }}>
      <caption style={{ textAlign: 'start', color: palette.subtle, fontSize: '12px', paddingBottom: space.s050 }}>Requirement coverage by release (fix version)</caption>
      <thead>
        <tr>{['Release', 'Requirements', 'With a test', 'Coverage'].map((h, i) => <th key={h} scope="col" style={{ ...cell, textAlign: i === 0 ? 'start' : 'end', color: palette.subtle, fontSize: '12px' }}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {trend.map((entry) => (
          <tr key={entry.release} data-testid="coverage-trend-row" data-release={entry.release}>
            <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 400 }}>{entry.release}{entry.released ? '' : ' (not released)'}</th>
            <td style={cell}>{entry.requirementCoverage.requirements}</td>
            <td style={cell}>{entry.requirementCoverage.covered}</td>
            <td style={cell}>{entry.requirementCoverage.rate === null ? 'No data' : formatPercent(entry.requirementCoverage.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NeedsTestRuns({ title, testId }: { title: string; testId: string }) {
  return (
    <section data-testid={testId} data-state="needs-source" aria-label={title}
      style={{ flex: '1 1 200px', border: `1px dashed ${palette.border}`, borderRadius: space.radius, padding: space.s200, minWidth: 0 }}>
      <h4 style={{ margin: 0, fontSize: '14px', fontWeight: 600, color: palette.subtle }}>{title}</h4>
      <p style={{ margin: `${space.s100} 0 0`, color: palette.subtle }}>Needs test runs from a test-management app such as Xray Cloud; Jira issues alone have none.</p>
    </section>
  );
}

/** "3 of 6 requirements of 1.6 have a test", or why there is no rate. */
export function coverageBasis(coverage: { covered: number; requirements: number }, release: string | null): string {
  if (release === null) return 'No release yet';
  if (coverage.requirements === 0) return `No requirement is planned for ${release}`;
  return `${coverage.covered} of ${coverage.requirements} ${coverage.requirements === 1 ? 'requirement' : 'requirements'} of ${release} ${coverage.requirements === 1 ? 'has' : 'have'} a test`;
}

export function TestFiguresView({ result, siteUrl }: { result: TestMetricsResult; siteUrl: string }) {
  const coverage = result.requirementCoverage;
  const { uncovered } = coverage;
  return (
    <div data-testid="test-figures-view">
      {result.release === null ? (
        <p data-testid="no-release" style={{ color: palette.subtle }}>{result.projectKey} has released no version yet: requirement coverage is counted per release.</p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: space.s200 }}>
        <RateFigure
          title="Requirement coverage"
          testId="coverage-figure"
          direction="atLeast"
          headingLevel={4}
          rate={coverage.rate}
          target={coverage.target.target}
          met={coverage.target.met}
          basis={coverageBasis(coverage, result.release)}
          definition="Requirements planned for the release (fix version) with at least one linked test ÷ requirements planned for it"
        />
        {result.needsTestManagement.includes('executionProgress') ? <NeedsTestRuns title="Test execution progress" testId="execution-progress-figure" /> : null}
        {result.needsTestManagement.includes('uatPassRate') ? <NeedsTestRuns title="UAT pass rate" testId="uat-pass-rate-figure" /> : null}
      </div>
      {uncovered.length > 0 ? (
        <p data-testid="uncovered-requirements" style={{ margin: `${space.s150} 0 0`, color: palette.text }}>
          No test: {uncovered.slice(0, UNCOVERED_SHOWN).map((u, i) => (
            <span key={u.key}>{i > 0 ? ', ' : ''}<IssueKeyLink issueKey={u.key} summary={u.summary} siteUrl={siteUrl} /></span>
          ))}
          {uncovered.length > UNCOVERED_SHOWN ? ` and ${uncovered.length - UNCOVERED_SHOWN} more` : ''}
        </p>
      ) : null}
      {result.trend.length > 1 ? <CoverageTrend trend={result.trend} /> : null}
    </div>
  );
}

/**
 * `refreshedAt`: when the defect figures above were computed; a new value (Refresh) reads these
 * again too, the figures on screen staying until the new ones are there.
 */
export function TestFigures({ projectKey, refreshedAt }: { projectKey: string; refreshedAt: string }) {
  const { context } = useForgeContext();
  const { data, error, loading, reload } = useInvoke('getTestMetrics', { projectKey });
  const shownFor = useRef(refreshedAt);
  useEffect(() => {
    if (shownFor.current === refreshedAt) return;
    shownFor.current = refreshedAt;
    reload();
  }, [refreshedAt, reload]);
  let body;
  if (error) body = <ErrorState error={error} title="Test figures couldn’t be read" onRetry={reload} />;
  else if (data) body = <TestFiguresView result={data} siteUrl={context?.siteUrl ?? ''} />;
  else if (loading) body = <LoadingState label="Reading the requirements and their tests…" />;
  return (
    <section aria-labelledby="test-figures-title" data-testid="test-figures" aria-busy={loading} style={{ marginTop: space.s300 }}>
      <h3 id="test-figures-title" style={{ margin: `0 0 ${space.s100}`, fontSize: '14px', fontWeight: 600, color: palette.text }}>
        Tests <span style={{ fontWeight: 400, color: palette.subtlest, fontSize: '12px' }}>from Jira’s own issues</span>
      </h3>
      {body}
    </section>
  );
}
