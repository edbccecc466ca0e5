/**
 * Chooses a Jira user (an action item's owner) by name. Presentational: it is given the search to
 * run, so the source of users (a requestJira search today, a resolver later) is the caller's choice.
 */
import { useId, useMemo } from 'react';
import { AsyncSelect } from '@atlaskit/select';
import type { PersonRef } from '../../../../src/contract';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell, READ_ONLY_VALUE } from '../fields/field-shell';
import type { UserSearch } from './assignable-user-search';

interface UserOption { label: string; value: string }

export interface UserPickerProps {
  label: string;
  value: PersonRef | null;
  onChange: (person: PersonRef | null) => void;
  search: UserSearch;
  error?: string | null;
  testId?: string;
}

export function UserPicker({ label, value, onChange, search, error, testId }: UserPickerProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  const selected = useMemo(() => (value ? { value: value.accountId, label: value.displayName } : null), [value]);
  const loadOptions = useMemo(() => async (input: string): Promise<UserOption[]> => {
    const people = await search(input);
    return people.map((p) => ({ value: p.accountId, label: p.displayName }));
  }, [search]);
  if (readOnly) {
    return (
      <FieldShell label={label} htmlFor={id}>
        <output id={id} data-testid={testId} style={READ_ONLY_VALUE}>{value?.displayName ?? 'Unassigned'}</output>
      </FieldShell>
    );
  }
  return (
    <FieldShell label={label} htmlFor={id} error={error}>
      <AsyncSelect<UserOption>
        inputId={id}
        value={selected}
        loadOptions={loadOptions}
        defaultOptions
        cacheOptions
        spacing="compact"
        isClearable
        isInvalid={Boolean(error)}
        placeholder="Search people…"
        noOptionsMessage={({ inputValue }) => (inputValue ? `No assignable person matches “${inputValue}”` : 'No assignable people')}
        loadingMessage={() => 'Searching…'}
        onChange={(option) => onChange(option ? { accountId: option.value, displayName: option.label } : null)}
        menuPlacement="auto"
        testId={testId}
      />
    </FieldShell>
  );
}
