/**
 * A moment in time, edited as date and time in the viewer's time zone and stored as a UTC instant.
 * Atlaskit's DateTimePicker formats values in the browser's own zone, so it is given the wall time
 * with the viewer's offset and parses it back literally; the panel converts to and from UTC.
 */
import { useCallback, useId } from 'react';
import { DateTimePicker } from '@atlaskit/datetime-picker';
import { usePanelEnv } from '../editor/panel-env';
import { formatDateTime, offsetString, utcToWallTime, wallTimeToUtc } from '../model/zoned-time';
import { FieldShell, READ_ONLY_VALUE } from './field-shell';

const LITERAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(.*)$/;

function parseLiterally(value: string, date: string, time: string, zone: string) {
  const match = LITERAL.exec(value);
  return match ? { dateValue: match[1], timeValue: match[2], zoneValue: match[3] } : { dateValue: date, timeValue: time, zoneValue: zone };
}

export interface ZonedDateTimeInputProps {
  label: string;
  /** UTC instant (ISO) or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  helper?: string;
  error?: string | null;
  testId?: string;
}

export function ZonedDateTimeInput({ label, value, onChange, helper, error, testId }: ZonedDateTimeInputProps) {
  const id = useId();
  const { timeZone, readOnly } = usePanelEnv();
  const wall = utcToWallTime(value, timeZone);
  const pickerValue = wall && value ? `${wall.date}T${wall.time}${offsetString(Date.parse(value), timeZone)}` : '';

  const change = useCallback((next: string) => {
    const match = LITERAL.exec(next);
    if (!next || !match) { onChange(null); return; }
    onChange(wallTimeToUtc(match[1], match[2], timeZone));
  }, [onChange, timeZone]);

  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id} helper={helper}>
        <output id={id} data-testid={testId} style={READ_ONLY_VALUE}>{formatDateTime(value, timeZone) || 'Not set'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} helper={helper} error={error}>
      <DateTimePicker
        value={pickerValue}
        onChange={change}
        parseValue={parseLiterally}
        spacing="compact"
        locale="en-GB"
        isInvalid={Boolean(error)}
        clearControlLabel={`Clear ${label.toLowerCase()}`}
        datePickerProps={{ id, label: `${label}, date`, dateFormat: 'YYYY-MM-DD', placeholder: 'Date' }}
        timePickerProps={{ label: `${label}, time`, timeIsEditable: true, timeFormat: 'HH:mm', placeholder: 'Time' }}
        testId={testId}
      />
    </FieldShell>
  );
}
