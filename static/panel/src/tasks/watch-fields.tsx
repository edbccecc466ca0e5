/**
 * A Metric monitoring action item's watch: the figure (one of the gadget's five) and the target it
 * should meet, starting from the project's target for that figure. The target is typed as text and
 * kept once it is a percentage from 0 to 100.
 */
import { useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import {
  WATCHED_FIGURE_DIRECTION, WATCHED_FIGURE_LABELS, WATCHED_FIGURES, type Watch, type WatchedFigure,
} from '../../../../src/domain/postmortem';
import { SelectInput } from '../fields/select-input';
import { TextInput } from '../fields/text-input';

export interface WatchFieldsProps {
  position: number;
  watch: Watch | undefined;
  /** The project's targets (getActionItemDefaults); null until read. */
  targets: Record<WatchedFigure, number> | null;
  onChange: (watch: Watch | undefined) => void;
}

function parsedTarget(text: string): number | null {
  const value = Number(text.trim().replace(/%$/, ''));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

export function WatchFields({ position, watch, targets, onChange }: WatchFieldsProps) {
  const [text, setText] = useState(watch ? String(watch.target) : '');
  useEffect(() => { if (watch) setText(String(watch.target)); }, [watch?.figure, watch?.target]); // eslint-disable-line react-hooks/exhaustive-deps
  const problem = watch && parsedTarget(text) === null ? 'Enter a percentage from 0 to 100' : null;
  const direction = watch ? (WATCHED_FIGURE_DIRECTION[watch.figure] === 'atMost' ? 'at most' : 'at least') : null;
  return (
    <div data-testid="watch-fields" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)', columnGap: token('space.150') }}>
      <SelectInput label={`Action item ${position} figure watched`} value={watch?.figure ?? null} options={WATCHED_FIGURES} labels={WATCHED_FIGURE_LABELS}
        placeholder="Choose a figure"
        onChange={(figure) => onChange(figure ? { figure, target: watch?.figure === figure ? watch.target : targets?.[figure] ?? watch?.target ?? 0 } : undefined)}
        helper="The follow-through shows whether it meets the target since the incident" />
      {watch ? (
        <TextInput label={`Action item ${position} target (%)`} value={text} error={problem}
          helper={`The figure should be ${direction} this`}
          onChange={(next) => {
            setText(next);
            const target = parsedTarget(next);
            if (target !== null) onChange({ figure: watch.figure, target });
          }} />
      ) : null}
    </div>
  );
}
