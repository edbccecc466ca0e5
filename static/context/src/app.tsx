/**
 * The issue context on the right of an incident (jira:issueContext): where its post-mortem stands
 * (status, the stage to work on next, action items open, overdue and done) and where to go on with
 * it, the QA post-mortem panel. Read with getPostmortemStatus; the incident comes from the context.
 */
import { ErrorState } from '../../shared/src/error-state';
import { LoadingState } from '../../shared/src/loading-state';
import { useInvoke } from '../../shared/src/use-invoke';
import { StatusSummary } from './status-summary';

export function App() {
  const { data, error, reload } = useInvoke('getPostmortemStatus', {});
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState label="Reading the post-mortem…" />;
  return <StatusSummary view={data} onRefresh={reload} />;
}
