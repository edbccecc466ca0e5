/**
 * The project's test-management figures (DESIGN.md section 4b) under the defect rates: requirement
 * coverage, test execution progress and the UAT pass rate of the latest release against their
 * targets, the releases before it, and the requirements with no test as links. From Jira issues
 * alone there are no test runs: the two run figures say so, never 0 %.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
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

const rateText = (rate: number | null | undefined) => (rate === null || rate === undefined ? 'No data' : formatPercent(rate));

function TestTrend({ trend, withRuns }: { trend: TestMetricsResult['trend']; withRuns: boolean }) {
  const headings = ['Release', 'Requirements', 'With a test', 'Coverage', ...(withRuns ? ['Execution', 'UAT pass rate'] : [])];
  return (
    <table data-testid="coverage-trend" style={{ borderCollapse: 'collapse', width: '100%', marginTop: space.s150 }}>
      <caption style={{ textAlign: 'start', color: palette.subtle, fontSize: '12px', paddingBottom: space.s050 }}>
        {withRuns ? 'Test figures by release (fix version)' : 'Requirement coverage by release (fix version)'}
      </caption>
      <thead>
        <tr>{headings.map((h, i) => <th key={h} scope="col" style={{ ...cell, textAlign: i === 0 ? 'start' : 'end', color: palette.subtle, fontSize: '12px' }}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {trend.map((entry) => (
          <tr key={entry.release} data-testid="coverage-trend-row" data-release={entry.release}>
            <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 400 }}>{entry.release}{entry.released ? '' : ' (not released)'}</th>
            <td style={cell}>{entry.requirementCoverage.requirements}</td>
            <td style={cell}>{entry.requirementCoverage.covered}</td>
            <td style={cell}>{rateText(entry.requirementCoverage.rate)}</td>
            {withRuns ? <td style={cell} data-testid="trend-execution">{rateText(entry.executionProgress?.rate)}</td> : null}
            {withRuns ? <td style={cell} data-testid="trend-uat">{rateText(entry.uatPassRate?.rate)}</td> : null}
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

/** "34 of 36 planned runs of 1.6 have a final status". */
export function progressBasis(progress: { finished: number; planned: number }, release: string | null): string {
  if (release === null) return 'No release yet';
  if (progress.planned === 0) return `No test run is planned for ${release}`;
  return `${progress.finished} of ${progress.planned} planned ${progress.planned === 1 ? 'run' : 'runs'} of ${release} finished`;
}

/** What the headline figures are of: "1.6", or a test plan by key. */
const scopeName = (result: TestMetricsResult) => (result.testPlan ? result.testPlan.key : result.release);

/** "12 of 18 UAT runs of 1.6 passed". */
export function uatBasis(uat: { passed: number; executed: number; executions: number }, release: string | null, environment: string): string {
  if (release === null) return 'No release yet';
  if (uat.executions === 0) return `No ${environment} test execution in ${release}`;
  if (uat.executed === 0) return `No ${environment} run of ${release} has finished`;
  return `${uat.passed} of ${uat.executed} ${environment} ${uat.executed === 1 ? 'run' : 'runs'} of ${release} passed`;
}

/** Runs per status, as Xray names them: "PASSED 28 · FAILED 5 · TODO 2". */
const statusCounts = (byStatus: Record<string, number>) => Object.entries(byStatus).sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(' · ');

const BREAKDOWN_LABELS = [['passed', 'All tests passed'], ['failed', 'A test failed'], ['notRun', 'Not run'], ['covered', 'Status unknown'], ['uncovered', 'No test']] as const;

export function TestFiguresView({ result, siteUrl, uatEnvironment = 'UAT' }: { result: TestMetricsResult; siteUrl: string; uatEnvironment?: string }) {
  const coverage = result.requirementCoverage;
  const { uncovered } = coverage;
  const progress = result.executionProgress;
  const uat = result.uatPassRate;
  const fromXray = result.source === 'xray';
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
        {progress ? (
          <RateFigure
            title="Test execution progress"
            testId="execution-progress-figure"
            direction="atLeast"
            headingLevel={4}
            rate={progress.rate}
            target={progress.target.target}
            met={progress.target.met}
            basis={progressBasis(progress, scopeName(result))}
            definition="Planned test runs of the release's test executions with a final status ÷ planned test runs"
          />
        ) : null}
        {uat ? (
          <RateFigure
            title="UAT pass rate"
            testId="uat-pass-rate-figure"
            direction="atLeast"
            headingLevel={4}
            rate={uat.rate}
            target={uat.target.target}
            met={uat.target.met}
            basis={uatBasis(uat, scopeName(result), uatEnvironment)}
            definition={`Passed ÷ finished runs of the release's ${uatEnvironment} test executions (test environment or label ${uatEnvironment})`}
          />
        ) : null}
        {result.needsTestManagement.includes('executionProgress') ? <NeedsTestRuns title="Test execution progress" testId="execution-progress-figure" /> : null}
        {result.needsTestManagement.includes('uatPassRate') ? <NeedsTestRuns title="UAT pass rate" testId="uat-pass-rate-figure" /> : null}
      </div>
      {fromXray && coverage.requirements > 0 ? (
        <p data-testid="coverage-breakdown" style={{ margin: `${space.s150} 0 0`, color: palette.subtle, fontSize: '12px' }}>
          Requirements of {result.release} in Xray: {BREAKDOWN_LABELS.filter(([key]) => coverage.breakdown[key] > 0 || key !== 'covered').map(([key, label]) => `${label} ${coverage.breakdown[key]}`).join(' · ')}
        </p>
      ) : null}
      {progress && progress.planned > 0 ? (
        <p data-testid="runs-by-status" style={{ margin: `${space.s050} 0 0`, color: palette.subtle, fontSize: '12px' }}>
          Runs of {scopeName(result)} by status: {statusCounts(progress.byStatus)}
        </p>
      ) : null}
      {uncovered.length > 0 ? (
        <p data-testid="uncovered-requirements" style={{ margin: `${space.s150} 0 0`, color: palette.text }}>
          No test: {uncovered.slice(0, UNCOVERED_SHOWN).map((u, i) => (
            <span key={u.key}>{i > 0 ? ', ' : ''}<IssueKeyLink issueKey={u.key} summary={u.summary} siteUrl={siteUrl} /></span>
          ))}
          {uncovered.length > UNCOVERED_SHOWN ? ` and ${uncovered.length - UNCOVERED_SHOWN} more` : ''}
        </p>
      ) : null}
      {result.trend.length > 1 ? <TestTrend trend={result.trend} withRuns={fromXray} /> : null}
    </div>
  );
}

/**
 * `refreshedAt`: when the defect figures above were computed; a new value (Refresh) reads these
 * again too, the figures on screen staying until the new ones are there.
 */
/** Which figures to show: the latest release's, or an Xray test plan's (the plans the last answer listed). */
function ScopeChoice({ result, testPlan, onChange }: { result: TestMetricsResult; testPlan: string | undefined; onChange: (testPlan: string | undefined) => void }) {
  if (result.testPlans.length === 0) return null;
  const latest = result.testPlan ? null : result.release;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: space.s100, marginBottom: space.s150, flexWrap: 'wrap' }}>
      <label htmlFor="test-scope" style={{ color: palette.subtle, fontSize: '12px' }}>Figures of</label>
      <select id="test-scope" data-testid="test-scope" value={testPlan ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}
        style={{ font: 'inherit', color: palette.text, background: palette.card, border: `1px solid ${palette.border}`, borderRadius: space.radius, padding: `${space.s050} ${space.s100}` }}>
        <option value="">{latest ? `The latest release (${latest})` : 'The latest release'}</option>
        {result.testPlans.map((plan) => <option key={plan.key} value={plan.key}>{`${plan.summary} (${plan.key})`}</option>)}
      </select>
    </div>
  );
}

export function TestFigures({ projectKey, refreshedAt }: { projectKey: string; refreshedAt: string }) {
  const { context } = useForgeContext();
  const [testPlan, setTestPlan] = useState<string | undefined>(undefined);
  const { data, error, loading, reload } = useInvoke('getTestMetrics', testPlan ? { projectKey, testPlan } : { projectKey });
  const shownFor = useRef(refreshedAt);
  useEffect(() => {
    if (shownFor.current === refreshedAt) return;
    shownFor.current = refreshedAt;
    reload();
  }, [refreshedAt, reload]);
  let body;
  if (error) body = <ErrorState error={error} title="Test figures couldn’t be read" onRetry={reload} />;
  else if (data) {
    body = (
      <>
        <ScopeChoice result={data} testPlan={testPlan} onChange={setTestPlan} />
        <TestFiguresView result={data} siteUrl={context?.siteUrl ?? ''} uatEnvironment={data.uatEnvironment} />
      </>
    );
  }
  else if (loading) body = <LoadingState label="Reading the requirements, their tests and test runs…" />;
  return (
    <section aria-labelledby="test-figures-title" data-testid="test-figures" aria-busy={loading} style={{ marginTop: space.s300 }}>
      <h3 id="test-figures-title" style={{ margin: `0 0 ${space.s100}`, fontSize: '14px', fontWeight: 600, color: palette.text }}>
        Tests {data ? <span data-testid="test-source" style={{ fontWeight: 400, color: palette.subtlest, fontSize: '12px' }}>{data.source === 'xray' ? 'from Xray Cloud' : 'from Jira’s own issues'}</span> : null}
      </h3>
      {body}
    </section>
  );
}
