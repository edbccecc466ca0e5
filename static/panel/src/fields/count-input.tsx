/**
 * A whole, non-negative number (users or customers affected), or empty for "not known". What is
 * typed stays in the field while it is not a number yet, with an error; the document only ever
 * holds a valid count or null.
 */
import { useEffect, useId, useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

export interface CountInputProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  helper?: string;
}

function parseCount(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[,\s]/g, '');
  if (!trimmed) return null;
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function CountInput({ label, value, onChange, helper }: CountInputProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  const [text, setText] = useState(value === null ? '' : String(value));

  useEffect(() => {
    setText((current) => (parseCount(current) === value ? current : value === null ? '' : String(value)));
  }, [value]);

  const parsed = parseCount(text);
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} style={READ_ONLY_VALUE}>{value === null ? 'Not recorded' : value.toLocaleString('en-GB')}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper} error={parsed === undefined ? 'Enter a whole number, or leave it empty' : null}>
      <Textfield
        id={id}
        inputMode="numeric"
        value={text}
        isCompact
        isReadOnly={readOnly}
        isInvalid={parsed === undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const count = parseCount(next);
          if (count !== undefined) onChange(count);
        }}
      />
    </FieldShell>
  );
}
