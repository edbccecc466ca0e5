/** A labelled form row in Jira's compact style: label, the control, then a hint or an error. */
import type { ReactNode } from 'react';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { token } from '@atlaskit/tokens';

/** How a value reads where it cannot be edited: plain text, aligned with the inputs around it. */
export const READ_ONLY_VALUE = { display: 'block', padding: `${token('space.050')} 0`, minHeight: 32, overflowWrap: 'anywhere' } as const;

export interface FieldShellProps {
  label: string;
  htmlFor: string;
  labelId?: string;
  helper?: ReactNode;
  error?: string | null;
  children: ReactNode;
}

export function FieldShell({ label, htmlFor, labelId, helper, error, children }: FieldShellProps) {
  return (
    <div style={{ marginBlockEnd: token('space.150'), minWidth: 0 }}>
      <Label htmlFor={htmlFor} id={labelId}>{label}</Label>
      {children}
      {helper && !error ? <HelperMessage>{helper}</HelperMessage> : null}
      {error ? <div data-testid="field-error" data-field={label}><ErrorMessage>{error}</ErrorMessage></div> : null}
    </div>
  );
}
