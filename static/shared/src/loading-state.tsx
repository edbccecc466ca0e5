/** What a container shows while its first call is under way: a spinner with a label for screen readers. */
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';

export function LoadingState({ label }: { label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="loading-state"
      style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), padding: token('space.200'), color: token('color.text.subtle') }}
    >
      <Spinner size="medium" label={label} />
      <span>{label}</span>
    </div>
  );
}
