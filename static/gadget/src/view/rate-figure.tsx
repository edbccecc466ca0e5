/**
 * One rate as a large figure against its target: green at or under the target, red over it, and
 * "No data" (never 0%) when nothing could be counted, with the counts behind it underneath.
 */
import Lozenge from '@atlaskit/lozenge';
import { formatPercent, palette, space } from './palette';

export interface RateFigureProps {
  /** "Defect leakage" */
  title: string;
  rate: number | null;
  target: number;
  /** null when the rate is "no data". */
  met: boolean | null;
  /** The counts behind the rate, e.g. "12 escaped of 80 defects". */
  basis: string;
  /** What the rate means, for the figure's description. */
  definition: string;
  testId: string;
  /** Whether the target is a ceiling (the defect rates) or a floor to reach (coverage, pass rates). */
  direction?: 'atMost' | 'atLeast';
  /** h3 under the gadget's sections, h4 inside one that has its own h3. */
  headingLevel?: 3 | 4;
}

type FigureState = 'within' | 'over' | 'no-data';

function stateOf(rate: number | null, met: boolean | null): FigureState {
  if (rate === null || met === null) return 'no-data';
  return met ? 'within' : 'over';
}

const LOZENGES: Record<'atMost' | 'atLeast', Record<Exclude<FigureState, 'no-data'>, { text: string; appearance: 'success' | 'removed' }>> = {
  atMost: { within: { text: 'Within target', appearance: 'success' }, over: { text: 'Over target', appearance: 'removed' } },
  atLeast: { within: { text: 'Target reached', appearance: 'success' }, over: { text: 'Below target', appearance: 'removed' } },
};

export function RateFigure({ title, rate, target, met, basis, definition, testId, direction = 'atMost', headingLevel = 3 }: RateFigureProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const state = stateOf(rate, met);
  const colour = state === 'within' ? palette.success : state === 'over' ? palette.danger : palette.subtlest;
  const titleId = `${testId}-title`;
  return (
    <section
      aria-labelledby={titleId}
      data-testid={testId}
      data-state={state}
      title={definition}
      style={{
        flex: '1 1 200px', border: `1px solid ${palette.border}`, borderRadius: space.radius,
        padding: space.s200, background: palette.card, minWidth: 0,
      }}
    >
      {/* The verdict wraps under a long title rather than being cut ("Target reac…"). */}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: space.s100, flexWrap: 'wrap' }}>
        <Heading id={titleId} style={{ margin: 0, fontSize: '14px', fontWeight: 600, color: palette.subtle }}>{title}</Heading>
        {state === 'no-data' ? null : <Lozenge appearance={LOZENGES[direction][state].appearance} maxWidth="none">{LOZENGES[direction][state].text}</Lozenge>}
      </div>
      <div data-testid={`${testId}-value`} style={{ fontSize: state === 'no-data' ? '28px' : '40px', lineHeight: '48px', fontWeight: 650, color: colour, marginTop: space.s100 }}>
        {rate === null ? 'No data' : formatPercent(rate)}
      </div>
      <div data-testid={`${testId}-basis`} style={{ color: palette.text }}>{basis}</div>
      <div data-testid={`${testId}-target`} style={{ color: palette.subtlest, fontSize: '12px', marginTop: space.s050 }}>
        Target: {direction === 'atLeast' ? 'at least' : 'at most'} {formatPercent(target)}
      </div>
    </section>
  );
}

/** "12 escaped of 80 defects", or why there is no rate. */
export function leakageBasis(escaped: number, defects: number): string {
  if (defects === 0) return 'No defects were created in this period';
  return `${escaped} escaped of ${defects} ${defects === 1 ? 'defect' : 'defects'}`;
}

/** "3 reopened of 40 resolved", or why there is no rate. */
export function reopenBasis(reopened: number, resolved: number, defects: number): string {
  if (defects === 0) return 'No defects were created in this period';
  if (resolved === 0) return 'No defect of this period has been resolved yet';
  return `${reopened} reopened of ${resolved} resolved`;
}
