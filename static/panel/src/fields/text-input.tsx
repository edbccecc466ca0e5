/** A one-line text field bound to a string in the document; read-only for viewers who cannot edit. */
import { useId } from 'react';
import Textfield from '@atlaskit/textfield';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

export interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  helper?: string;
  error?: string | null;
  type?: 'text' | 'url';
  testId?: string;
}

export function TextInput({ label, value, onChange, placeholder, helper, error, type = 'text', testId }: TextInputProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  // Read-only, a value is text like the other fields, not a box that looks editable.
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} data-testid={testId} style={READ_ONLY_VALUE}>{value.trim() ? value : 'Not recorded'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper} error={error}>
      <Textfield
        id={id}
        type={type}
        value={value}
        isCompact
        isReadOnly={readOnly}
        isInvalid={Boolean(error)}
        placeholder={readOnly ? undefined : placeholder}
        onChange={(e) => onChange(e.currentTarget.value)}
        testId={testId}
      />
    </FieldShell>
  );
}
