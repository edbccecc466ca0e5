/**
 * The Test coverage gaps probe's figure: requirement coverage of the incident's components in the
 * release that shipped it, from the project's test source (getIncidentTestCoverage), the requirements with no test as
 * links, and "Add to the notes", which puts the figure's line in the probe's notes through the
 * panel's normal editing and autosave.
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import { usePanelEnv } from '../editor/panel-env';
import type { TestFiguresRead } from './process-figures';
import { testCoverageLine } from '../model/test-coverage';
import { IssueLink } from '../tasks/issue-link';

/** Requirements with no test named before "and N more" (the line for the notes names them all). */
const UNCOVERED_SHOWN = 8;

export interface TestCoverageFiguresProps {
  /** getIncidentTestCoverage, read once by the stage for both test probes. */
  read: TestFiguresRead;
  notes: string;
  onAddLine: (line: string) => void;
}

export function TestCoverageFigures({ read, notes, onAddLine }: TestCoverageFiguresProps) {
  const { readOnly } = usePanelEnv();
  const { data, error, loading, reload } = read;
  let body;
  if (loading) body = <LoadingState label="Reading the requirements of this incident’s release…" />;
  else if (error) body = <ErrorState error={error} title="Requirement coverage couldn’t be read" onRetry={reload} />;
  else if (data) {
    const line = testCoverageLine(data);
    const { uncovered } = data.requirementCoverage;
    const inNotes = notes.includes(line);
    body = (
      <div data-testid="test-coverage-figure" data-rate={data.requirementCoverage.rate ?? 'no-data'}>
        <p data-testid="test-coverage-line" style={{ margin: `0 0 ${token('space.050')}` }}>{line.replace(/ No test: .*$/, '')}</p>
        {uncovered.length > 0 ? (
          <p data-testid="test-coverage-uncovered" style={{ margin: `0 0 ${token('space.100')}` }}>
            No test:{' '}
            {uncovered.slice(0, UNCOVERED_SHOWN).map((u, i) => <span key={u.key}>{i > 0 ? ', ' : ''}<IssueLink issueKey={u.key} summary={u.summary} testId="uncovered-requirement" inText /></span>)}
            {uncovered.length > UNCOVERED_SHOWN ? ` and ${uncovered.length - UNCOVERED_SHOWN} more` : ''}
          </p>
        ) : null}
        {readOnly ? null : inNotes ? (
          <p data-testid="test-coverage-in-notes" style={{ margin: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>In the notes.</p>
        ) : (
          <Button onClick={() => onAddLine(line)} testId="add-test-coverage">Add to the notes</Button>
        )}
      </div>
    );
  }
  return (
    <section aria-label="Requirement coverage" data-testid="test-coverage-figures" style={{ marginBlockEnd: token('space.150') }}>
      {body}
    </section>
  );
}
