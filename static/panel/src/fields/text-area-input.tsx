/** A multi-line text field bound to a string in the document. */
import { useId } from 'react';
import TextArea from '@atlaskit/textarea';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

export interface TextAreaInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  helper?: string;
  rows?: number;
  testId?: string;
}

export function TextAreaInput({ label, value, onChange, placeholder, helper, rows = 2, testId }: TextAreaInputProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  // Read-only, the text reads as text (line breaks kept), not as a box that looks editable.
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} data-testid={testId} style={{ ...READ_ONLY_VALUE, whiteSpace: 'pre-wrap' }}>{value.trim() ? value : 'Not recorded'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper}>
      <TextArea
        id={id}
        value={value}
        minimumRows={rows}
        resize="vertical"
        isReadOnly={readOnly}
        placeholder={readOnly ? undefined : placeholder}
        onChange={(e) => onChange(e.currentTarget.value)}
        testId={testId}
      />
    </FieldShell>
  );
}
