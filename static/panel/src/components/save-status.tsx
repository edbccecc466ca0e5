/**
 * Where the person's work stands, always visible: Saving…, Saved, Couldn't save — retrying (with
 * Retry now), a save that needs them (with the reason), or a conflict to resolve. Announced politely
 * to screen readers.
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { SaveStatus } from '../editor/use-postmortem-editor';

export interface SaveStatusProps {
  status: SaveStatus;
  readOnly: boolean;
  /** Nothing of this post-mortem is stored yet (revision 0): "Saved" would say what has not happened. */
  neverSaved: boolean;
  onRetry: () => void;
}

function describe(status: SaveStatus, neverSaved: boolean): { text: string; tone: 'subtle' | 'success' | 'warning' | 'danger' } {
  switch (status.kind) {
    case 'saving': return { text: 'Saving…', tone: 'subtle' };
    case 'saved': return neverSaved ? { text: 'Not saved yet', tone: 'subtle' } : { text: 'Saved', tone: 'success' };
    case 'retrying': return { text: 'Couldn’t save — retrying', tone: 'warning' };
    case 'failed': return { text: 'Couldn’t save', tone: 'danger' };
    case 'conflict': return { text: 'Someone else saved — choose what to keep', tone: 'warning' };
  }
}

const TONE_COLOURS = {
  subtle: token('color.text.subtle'),
  success: token('color.text.success'),
  warning: token('color.text.warning'),
  danger: token('color.text.danger'),
};

export function SaveStatusIndicator({ status, readOnly, neverSaved, onRetry }: SaveStatusProps) {
  if (readOnly) {
    return <span data-testid="save-status" data-state="read-only" style={{ color: token('color.text.subtle') }}>Read only</span>;
  }
  const { text, tone } = describe(status, neverSaved);
  const detail = status.kind === 'retrying' || status.kind === 'failed' ? status.message : null;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100'), minWidth: 0 }}>
      <span role="status" aria-live="polite" data-testid="save-status" data-state={status.kind === 'saved' && neverSaved ? 'unsaved' : status.kind} title={detail ?? undefined}
        style={{ color: TONE_COLOURS[tone], fontWeight: token('font.weight.medium'), whiteSpace: 'nowrap' }}>
        {text}
      </span>
      {status.kind === 'retrying' || status.kind === 'failed' ? <Button spacing="compact" onClick={onRetry}>Retry now</Button> : null}
    </span>
  );
}
