/**
 * The stepper: the seven stages in order across the top of the panel, each with a mark saying
 * whether it is complete (✓) or its number, and the current stage highlighted. Buttons, so Enter
 * and Space choose a stage; arrow keys, Home and End move between stages. One row at any width:
 * where the panel is narrower than the seven names (a container query in panel.css, under 700 px),
 * the other stages show their mark only, their name still in the button's accessible name and tooltip.
 */
import { useRef, type KeyboardEvent } from 'react';
import { token } from '@atlaskit/tokens';
import type { StageId } from '../../../../src/domain/postmortem';

export interface StageNavItem {
  id: StageId;
  label: string;
  complete: boolean;
  missing: string[];
}

export interface StageNavProps {
  stages: StageNavItem[];
  current: StageId;
  onSelect: (id: StageId) => void;
}

function Mark({ position, complete, current }: { position: number; complete: boolean; current: boolean }) {
  return (
    <span
      aria-hidden
      style={{
        flex: 'none', width: 18, height: 18, borderRadius: '50%', display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
        fontSize: 11, lineHeight: 1, fontWeight: token('font.weight.bold'),
        background: complete ? token('color.background.success.bold') : current ? token('color.background.brand.bold') : token('color.background.neutral'),
        color: complete || current ? token('color.text.inverse') : token('color.text.subtle'),
      }}
    >
      {complete ? '✓' : position}
    </span>
  );
}

const VISUALLY_HIDDEN = {
  position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
} as const;

export function StageNav({ stages, current, onSelect }: StageNavProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = stages.length - 1;
    const target = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? Math.min(last, index + 1)
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? Math.max(0, index - 1)
        : event.key === 'Home' ? 0
          : event.key === 'End' ? last
            : null;
    if (target === null) return;
    event.preventDefault();
    buttons.current[target]?.focus();
  };

  return (
    <nav aria-label="Post-mortem stages" className="stage-nav" style={{ containerType: 'inline-size' }}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: token('space.050') }}>
        {stages.map((stage, index) => {
          const isCurrent = stage.id === current;
          const state = stage.complete ? 'complete' : stage.missing.length === 1 ? '1 thing to do' : `${stage.missing.length} things to do`;
          return (
            <li key={stage.id} style={{ margin: 0 }}>
              <button
                ref={(el) => { buttons.current[index] = el; }}
                type="button"
                data-stage={stage.id}
                data-complete={stage.complete}
                aria-current={isCurrent ? 'step' : undefined}
                title={stage.complete ? `${stage.label}: complete` : `${stage.label}: ${stage.missing.join('; ')}`}
                onClick={() => onSelect(stage.id)}
                onKeyDown={(e) => onKeyDown(e, index)}
                style={{
                  display: 'inline-flex', alignItems: 'center', gap: token('space.075'), whiteSpace: 'nowrap',
                  padding: `${token('space.050')} ${token('space.100')}`, borderRadius: token('radius.small'), cursor: 'pointer',
                  border: `1px solid ${isCurrent ? token('color.border.selected') : token('color.border')}`,
                  background: isCurrent ? token('color.background.selected') : token('elevation.surface'),
                  color: isCurrent ? token('color.text.selected') : token('color.text'),
                  font: token('font.body'), fontWeight: isCurrent ? token('font.weight.semibold') : token('font.weight.regular'),
                }}
              >
                <Mark position={index + 1} complete={stage.complete} current={isCurrent} />
                <span className={isCurrent ? undefined : 'stage-nav-name'}>{stage.label}</span>
                {/* Heard, not seen: the name starts with what is shown (WCAG 2.5.3, label in name). */}
                <span style={VISUALLY_HIDDEN}>, {state}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
