/** A single choice from a closed list (severity, category, type, priority), as Jira's select; plain text when read-only. */
import { useId } from 'react';
import Select from '@atlaskit/select';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

export interface SelectInputProps<V extends string> {
  label: string;
  value: V | null;
  options: readonly V[];
  labels: Record<V, string> | ((value: V) => string);
  onChange: (value: V | null) => void;
  isClearable?: boolean;
  placeholder?: string;
  helper?: string;
  error?: string | null;
  testId?: string;
}

interface Option<V> { label: string; value: V }

export function SelectInput<V extends string>(props: SelectInputProps<V>) {
  const { label, value, options, labels, onChange, isClearable = false, placeholder = 'Choose…', helper, error, testId } = props;
  const id = useId();
  const { readOnly } = usePanelEnv();
  const labelOf = (v: V) => (typeof labels === 'function' ? labels(v) : labels[v]);
  const choices: Option<V>[] = options.map((v) => ({ value: v, label: labelOf(v) }));
  const selected = choices.find((o) => o.value === value) ?? null;
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} data-testid={testId} style={READ_ONLY_VALUE}>{selected?.label ?? 'None'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper} error={error}>
      <Select<Option<V>>
        inputId={id}
        options={choices}
        value={selected}
        spacing="compact"
        isClearable={isClearable}
        isInvalid={Boolean(error)}
        isSearchable
        placeholder={placeholder}
        onChange={(option) => onChange(option ? option.value : null)}
        menuPlacement="auto"
        testId={testId}
      />
    </FieldShell>
  );
}
