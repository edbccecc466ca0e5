/** A calendar date (an action item's due date), YYYY-MM-DD, with no time zone. */
import { useId } from 'react';
import { DatePicker } from '@atlaskit/datetime-picker';
import { usePanelEnv } from '../editor/panel-env';
import { formatDate } from '../model/zoned-time';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

export interface DateInputProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  minDate?: string;
  helper?: string;
  error?: string | null;
  testId?: string;
}

export function DateInput({ label, value, onChange, minDate, helper, error, testId }: DateInputProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} data-testid={testId} style={READ_ONLY_VALUE}>{formatDate(value) || 'Not set'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper} error={error}>
      <DatePicker
        id={id}
        label={label}
        value={value ?? ''}
        onChange={(next) => onChange(next || null)}
        minDate={minDate}
        dateFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        spacing="compact"
        locale="en-GB"
        isInvalid={Boolean(error)}
        clearControlLabel={`Clear ${label.toLowerCase()}`}
        testId={testId}
      />
    </FieldShell>
  );
}
