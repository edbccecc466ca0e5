/**
 * Evidence links (logs, dashboards, incident reports): the list as links that open in a new tab,
 * and a small form, opened on demand, that adds one only when its address is an http(s) URL, as
 * the document requires.
 */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, type EvidenceKind, type EvidenceLink } from '../../../../src/domain/postmortem';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell } from './field-shell';

export function httpUrlProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return 'Enter the link to the evidence';
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'Use an http or https link';
  } catch {
    return 'Enter a full link, starting with https://';
  }
}

export interface EvidenceInputProps {
  legend: string;
  values: EvidenceLink[];
  onChange: (values: EvidenceLink[]) => void;
}

/** "Add evidence for test coverage gaps": the name starts with the words on the button (WCAG 2.5.3). */
function addLabel(legend: string): string | undefined {
  const what = legend.replace(/\s*evidence$/i, '').trim();
  return what ? `Add evidence for ${what.toLowerCase()}` : undefined;
}

export function EvidenceInput({ legend, values, onChange }: EvidenceInputProps) {
  const id = useId();
  const { readOnly } = usePanelEnv();
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('log');
  const [tried, setTried] = useState(false);
  const [adding, setAdding] = useState(false);
  const problem = httpUrlProblem(url);

  const add = () => {
    setTried(true);
    if (problem) return;
    onChange([...values, { label: label.trim(), url: url.trim(), kind }]);
    setLabel('');
    setUrl('');
    setTried(false);
    setAdding(false);
  };
  const cancel = () => {
    setLabel('');
    setUrl('');
    setTried(false);
    setAdding(false);
  };

  return (
    <fieldset style={{ border: 0, padding: 0, minWidth: 0, margin: `0 0 ${token('space.150')}` }}>
      <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0, marginBlockEnd: token('space.050') }}>
        {legend}
      </legend>
      {values.length === 0 ? <p style={{ color: token('color.text.subtlest'), margin: `0 0 ${token('space.050')}` }}>No evidence linked yet.</p> : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.050') }}>
        {values.map((e, i) => (
          <li key={`${e.url}-${i}`} style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), margin: 0 }}>
            <Lozenge>{EVIDENCE_KIND_LABELS[e.kind]}</Lozenge>
            <a href={e.url} target="_blank" rel="noreferrer noopener" style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flex: 1 }}>
              {e.label || e.url}
            </a>
            {readOnly ? null : (
              <Button spacing="compact" appearance="subtle" aria-label={`Remove evidence ${e.label || e.url}`} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : !adding ? (
        <div style={{ marginBlockStart: token('space.075') }}>
          <Button spacing="compact" aria-label={addLabel(legend)} onClick={() => setAdding(true)}>Add evidence</Button>
        </div>
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: token('space.150'), alignItems: 'end', marginBlockStart: token('space.100') }}>
          <FieldShell label="Evidence title" htmlFor={`${id}-label`}>
            <Textfield id={`${id}-label`} isCompact autoFocus value={label} placeholder="Error log" onChange={(e) => setLabel(e.currentTarget.value)} />
          </FieldShell>
          <FieldShell label="Evidence link" htmlFor={`${id}-url`} error={tried ? problem : null}>
            <Textfield
              id={`${id}-url`}
              isCompact
              type="url"
              value={url}
              placeholder="https://"
              isInvalid={tried && Boolean(problem)}
              onChange={(e) => setUrl(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }}
            />
          </FieldShell>
          <FieldShell label="Evidence kind" htmlFor={`${id}-kind`}>
            <Select<{ label: string; value: EvidenceKind }>
              inputId={`${id}-kind`}
              spacing="compact"
              options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
              value={{ value: kind, label: EVIDENCE_KIND_LABELS[kind] }}
              onChange={(o) => { if (o) setKind(o.value); }}
            />
          </FieldShell>
          <div style={{ marginBlockEnd: token('space.150'), display: 'flex', gap: token('space.100') }}>
            <Button appearance="primary" onClick={add}>Add</Button>
            <Button appearance="subtle" onClick={cancel}>Cancel</Button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
