/**
 * An editable list of short texts (affected journeys, contributing factors): one field per item,
 * each with its own label and a Remove button, and an Add button that focuses the new field.
 */
import { useEffect, useId, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { usePanelEnv } from '../editor/panel-env';
import { READ_ONLY_VALUE } from './field-shell';

export interface StringListInputProps {
  legend: string;
  itemLabel: (position: number) => string;
  values: string[];
  onChange: (values: string[]) => void;
  addLabel: string;
  placeholder?: string;
  emptyText: string;
}

export function StringListInput({ legend, itemLabel, values, onChange, addLabel, placeholder, emptyText }: StringListInputProps) {
  const baseId = useId();
  const { readOnly } = usePanelEnv();
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    listRef.current?.querySelector<HTMLInputElement>(`input[data-index="${focusIndex}"]`)?.focus();
    setFocusIndex(null);
  }, [focusIndex, values.length]);

  return (
    <fieldset style={{ border: 0, padding: 0, minWidth: 0, margin: `0 0 ${token('space.150')}` }}>
      <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0, marginBlockEnd: token('space.050') }}>
        {legend}
      </legend>
      {values.length === 0 ? <p style={{ color: token('color.text.subtlest'), margin: `0 0 ${token('space.050')}` }}>{emptyText}</p> : null}
      <ul ref={listRef} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.050') }}>
        {values.map((value, i) => (
          <li key={i} style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', margin: 0 }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              {readOnly ? <output aria-label={itemLabel(i + 1)} style={READ_ONLY_VALUE}>{value}</output> : <Textfield
                id={`${baseId}-${i}`}
                aria-label={itemLabel(i + 1)}
                data-index={i}
                value={value}
                isCompact
                isReadOnly={readOnly}
                placeholder={readOnly ? undefined : placeholder}
                onChange={(e) => onChange(values.map((v, j) => (j === i ? e.currentTarget.value : v)))}
              />}
            </div>
            {readOnly ? null : (
              <Button spacing="compact" appearance="subtle" aria-label={`Remove ${itemLabel(i + 1).toLowerCase()}`} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <div style={{ marginBlockStart: token('space.075') }}>
          <Button spacing="compact" onClick={() => { onChange([...values, '']); setFocusIndex(values.length); }}>{addLabel}</Button>
        </div>
      )}
    </fieldset>
  );
}
