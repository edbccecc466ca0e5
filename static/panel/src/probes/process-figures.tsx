/**
 * The Process effectiveness probe's figures, from the project's test source (getIncidentTestCoverage,
 * read once for both test probes): the UAT pass rate of each release up to the one that shipped the
 * incident and that release's test execution progress. "Add to the notes" puts the line in the
 * probe's notes and keeps the UAT rates in the post-mortem (the summary comment's trend). From Jira
 * alone there are no test runs: the probe says where they would come from.
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { IncidentTestCoverageResult } from '../../../../src/contract';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import type { UiError } from '../../../shared/src/ui-error';
import { usePanelEnv } from '../editor/panel-env';
import { processLine } from '../model/test-coverage';

export interface TestFiguresRead {
  data: IncidentTestCoverageResult | null;
  error: UiError | null;
  loading: boolean;
  reload: () => void;
}

export function ProcessFigures({ read, notes, onAdd }: { read: TestFiguresRead; notes: string; onAdd: (result: IncidentTestCoverageResult, line: string) => void }) {
  const { readOnly } = usePanelEnv();
  const { data, error, loading, reload } = read;
  let body;
  if (loading) body = <LoadingState label="Reading the test runs of this incident’s releases…" />;
  else if (error) body = <ErrorState error={error} title="Test runs couldn’t be read" onRetry={reload} />;
  else if (data) {
    const line = processLine(data);
    body = line === null ? (
      <p data-testid="process-needs-runs" style={{ margin: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>
        The UAT pass rate and test execution progress come from test runs, which a test-management app such as Xray Cloud keeps.
        A project administrator can choose it in {data.projectKey}’s QA post-mortem settings.
      </p>
    ) : (
      <div data-testid="process-figure">
        <p data-testid="process-line" style={{ margin: `0 0 ${token('space.100')}` }}>{line}</p>
        {readOnly ? null : notes.includes(line) ? (
          <p data-testid="process-in-notes" style={{ margin: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>In the notes.</p>
        ) : (
          <Button onClick={() => onAdd(data, line)} testId="add-process-figures">Add to the notes</Button>
        )}
      </div>
    );
  }
  return (
    <section aria-label="UAT pass rate and test execution progress" data-testid="process-figures" style={{ marginBlockEnd: token('space.150') }}>
      {body}
    </section>
  );
}
