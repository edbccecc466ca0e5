/**
 * The project settings page (jira:projectSettingsPage): Jira opens it from a project's settings,
 * and the project is the one in `context.extension.project`; the resolvers read it from there too.
 */
import Heading from '@atlaskit/heading';
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
      <Heading size="medium" as="h1">QA post-mortem settings{context?.extension.project?.key ? ` · ${context.extension.project.key}` : ''}</Heading>
      <p style={{ margin: `${token('space.050', '4px')} 0 ${token('space.200', '16px')}`, color: token('color.text.subtle', '#44546F') }}>
        What the post-mortems and the quality metrics of this project count, and the targets they are measured against.
      </p>
      {content}
    </main>
  );
}
