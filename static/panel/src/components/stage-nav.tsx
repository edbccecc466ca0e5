/**
 * The stepper: the seven stages in order, each with a mark saying whether it is complete and how
 * many things are missing. Buttons, so Enter and Space choose a stage; arrow keys, Home and End
 * move between stages as in a tab list.
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
  const size = 20;
  return (
    <span
      aria-hidden
      style={{
        flex: 'none', width: size, height: size, borderRadius: '50%', display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
        font: token('font.body.small'), fontWeight: token('font.weight.bold'),
        background: complete ? token('color.background.success.bold') : current ? token('color.background.brand.bold') : token('color.background.neutral'),
        color: complete || current ? token('color.text.inverse') : token('color.text.subtle'),
      }}
    >
      {complete ? '✓' : position}
    </span>
  );
}

export function StageNav({ stages, current, onSelect }: StageNavProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = stages.length - 1;
    const target = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? Math.min(last, index + 1)
      : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? Math.max(0, index - 1)
        : event.key === 'Home' ? 0
          : event.key === 'End' ? last
            : null;
    if (target === null) return;
    event.preventDefault();
    buttons.current[target]?.focus();
  };

  return (
    <nav aria-label="Post-mortem stages">
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.025') }}>
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
                aria-label={`${stage.label}, ${state}`}
                onClick={() => onSelect(stage.id)}
                onKeyDown={(e) => onKeyDown(e, index)}
                className="stage-nav-button"
                style={{
                  width: '100%', display: 'flex', alignItems: 'center', gap: token('space.100'), textAlign: 'start',
                  padding: `${token('space.075')} ${token('space.100')}`, border: 0, borderRadius: token('radius.small'), cursor: 'pointer',
                  background: isCurrent ? token('color.background.selected') : 'transparent',
                  color: isCurrent ? token('color.text.selected') : token('color.text'),
                  font: token('font.body'), fontWeight: isCurrent ? token('font.weight.semibold') : token('font.weight.regular'),
                }}
              >
                <Mark position={index + 1} complete={stage.complete} current={isCurrent} />
                <span style={{ flex: 1, minWidth: 0 }}>{stage.label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
