/**
 * The changes suspected of causing the incident (linked issues, fix versions, deployments): the
 * list, a form to add one, and one-click suggestions from the incident's own fix versions.
 */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import {
  SUSPECTED_CHANGE_KIND_LABELS,
  SUSPECTED_CHANGE_KINDS,
  type SuspectedChange,
  type SuspectedChangeKind,
} from '../../../../src/domain/postmortem';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell } from './field-shell';

export interface SuspectedChangesInputProps {
  values: SuspectedChange[];
  onChange: (values: SuspectedChange[]) => void;
}

export function SuspectedChangesInput({ values, onChange }: SuspectedChangesInputProps) {
  const id = useId();
  const { readOnly, incident } = usePanelEnv();
  const [kind, setKind] = useState<SuspectedChangeKind>('issue');
  const [ref, setRef] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const suggestions = incident.fixVersions.filter((v) => !values.some((c) => c.kind === 'fix-version' && c.ref === v));

  const add = () => {
    setTried(true);
    if (!ref.trim()) return;
    onChange([...values, { kind, ref: ref.trim(), note: note.trim() }]);
    setRef('');
    setNote('');
    setTried(false);
  };

  return (
    <fieldset style={{ border: 0, padding: 0, minWidth: 0, margin: `0 0 ${token('space.150')}` }}>
      <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0, marginBlockEnd: token('space.050') }}>
        Suspected changes
      </legend>
      {values.length === 0 ? <p style={{ color: token('color.text.subtlest'), margin: `0 0 ${token('space.050')}` }}>No change is suspected yet.</p> : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.050') }}>
        {values.map((c, i) => (
          <li key={`${c.kind}-${c.ref}-${i}`} style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), margin: 0 }}>
            <Lozenge>{SUSPECTED_CHANGE_KIND_LABELS[c.kind]}</Lozenge>
            <span style={{ fontWeight: token('font.weight.medium') }}>{c.ref}</span>
            <span style={{ flex: 1, minWidth: 0, color: token('color.text.subtle'), overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{c.note}</span>
            {readOnly ? null : (
              <Button spacing="compact" appearance="subtle" aria-label={`Remove suspected change ${c.ref}`} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <>
          {suggestions.length > 0 ? (
            <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap', marginBlockStart: token('space.100') }}>
              <span style={{ color: token('color.text.subtle') }}>From the incident:</span>
              {suggestions.map((v) => (
                <Button key={v} spacing="compact" onClick={() => onChange([...values, { kind: 'fix-version', ref: v, note: '' }])}>
                  Add fix version {v}
                </Button>
              ))}
            </div>
          ) : null}
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: token('space.150'), alignItems: 'end', marginBlockStart: token('space.100') }}>
            <FieldShell label="Change kind" htmlFor={`${id}-kind`}>
              <Select<{ label: string; value: SuspectedChangeKind }>
                inputId={`${id}-kind`}
                spacing="compact"
                options={SUSPECTED_CHANGE_KINDS.map((k) => ({ value: k, label: SUSPECTED_CHANGE_KIND_LABELS[k] }))}
                value={{ value: kind, label: SUSPECTED_CHANGE_KIND_LABELS[kind] }}
                onChange={(o) => { if (o) setKind(o.value); }}
              />
            </FieldShell>
            <FieldShell label="Reference" htmlFor={`${id}-ref`} error={tried && !ref.trim() ? 'Name the change' : null}>
              <Textfield id={`${id}-ref`} isCompact value={ref} placeholder="QA-12, 2.4.0, deploy #318" onChange={(e) => setRef(e.currentTarget.value)} />
            </FieldShell>
            <FieldShell label="Why it is suspected" htmlFor={`${id}-note`}>
              <Textfield id={`${id}-note`} isCompact value={note} onChange={(e) => setNote(e.currentTarget.value)}
                onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
            </FieldShell>
            <div style={{ marginBlockEnd: token('space.150') }}>
              <Button onClick={add}>Add change</Button>
            </div>
          </div>
        </>
      )}
    </fieldset>
  );
}
