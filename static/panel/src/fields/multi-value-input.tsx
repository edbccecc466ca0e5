/** Several values from a suggested list, with new ones allowed (affected components). */
import { useId } from 'react';
import { CreatableSelect } from '@atlaskit/select';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell } from './field-shell';

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
  return (
    <FieldShell label={label} htmlFor={id} helper={helper}>
      <CreatableSelect<Option, true>
        inputId={id}
        isMulti
        spacing="compact"
        options={options}
        value={values.map((v) => ({ label: v, value: v }))}
        isDisabled={readOnly}
        placeholder={readOnly ? 'None' : 'Choose or type…'}
        formatCreateLabel={(input) => `Add “${input}”`}
        onChange={(selected) => onChange(selected.map((o) => o.value))}
      />
    </FieldShell>
  );
}
