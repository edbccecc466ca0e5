/** Several values from a suggested list, with new ones allowed (affected components). */
import { useId } from 'react';
import { CreatableSelect } from '@atlaskit/select';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

interface Option { label: string; value: string }

export interface MultiValueInputProps {
  label: string;
  values: string[];
  suggestions: string[];
  onChange: (values: string[]) => void;
  helper?: string;
}

export function MultiValueInput({ label, values, suggestions, onChange, helper }: MultiValueInputProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  const options = [...new Set([...suggestions, ...values])].map((v) => ({ label: v, value: v }));
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} style={READ_ONLY_VALUE}>{values.length ? values.join(', ') : 'None'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper}>
      <CreatableSelect<Option, true>
        inputId={id}
        isMulti
        spacing="compact"
        options={options}
        value={values.map((v) => ({ label: v, value: v }))}
        placeholder="Choose or type…"
        formatCreateLabel={(input) => `Add “${input}”`}
        onChange={(selected) => onChange(selected.map((o) => o.value))}
      />
    </FieldShell>
  );
}
