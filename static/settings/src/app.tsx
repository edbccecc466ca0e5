/**
 * The project settings page (jira:projectSettingsPage): Jira opens it from a project's settings,
 * and the project is the one in `context.extension.project`; the resolvers read it from there too.
 */
import { token } from '@atlaskit/tokens';
import { ErrorState } from '../../shared/src/error-state';
import { LoadingState } from '../../shared/src/loading-state';
import { useForgeContext } from '../../shared/src/use-forge-context';
import { SettingsContainer } from './settings-container';

export function App() {
  const { context, error, retry } = useForgeContext();
  let content;
  if (error) content = <ErrorState error={error} onRetry={retry} />;
  else if (!context) content = <LoadingState label="Loading…" />;
  else if (!context.extension.project?.key) {
    content = <p>Open these settings from a project’s settings: this page was opened without a project.</p>;
  } else content = <SettingsContainer />;
  return (
    <main style={{ padding: `${token('space.100', '8px')} ${token('space.200', '16px')}` }}>
      <p style={{ margin: `0 0 ${token('space.200', '16px')}`, maxWidth: '720px', color: token('color.text.subtle', '#44546F') }}>
        What the post-mortems and the quality metrics of {context?.extension.project?.key ?? 'this project'} count, where their action items go,
        and the targets the quality metrics are measured against.
      </p>
      {content}
    </main>
  );
}
