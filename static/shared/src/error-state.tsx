/**
 * What every container shows when a call failed: the message from the error envelope in a
 * SectionMessage, with Retry only when trying again can help (Jira unavailable, a bridge failure, a
 * conflict): never for a permission, a missing issue or invalid input, which the same call repeats.
 */
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { UiError } from './ui-error';

const TITLES: Partial<Record<UiError['code'], string>> = {
  NOT_FOUND: 'Not found',
  FORBIDDEN: 'You don’t have access',
  VALIDATION: 'This can’t be shown here',
  JIRA_UNAVAILABLE: 'Jira didn’t answer',
  SERVICE_UNAVAILABLE: 'Xray Cloud didn’t answer',
  BRIDGE: 'The app couldn’t be reached',
};

export interface ErrorStateProps {
  error: UiError;
  title?: string;
  onRetry?: () => void;
}

export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const heading = title ?? TITLES[error.code] ?? 'Something went wrong';
  return (
    <div role="alert" data-testid="error-state" data-error-code={error.code}>
      <SectionMessage
        appearance={error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN' ? 'warning' : 'error'}
        title={heading}
        actions={onRetry && error.retryable ? [<SectionMessageAction key="retry" onClick={onRetry}>Retry</SectionMessageAction>] : []}
      >
        <p>{error.message}</p>
      </SectionMessage>
    </div>
  );
}
