/**
 * The Defect trends figures as a table, one row per scope (the incident's components over the
 * trailing releases, then each release): counts and both rates, "No data" where a rate has no
 * denominator, and a rate over the team's target in red when the targets are known.
 */
import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { DefectTrendRow } from '../../../../src/domain/postmortem';
import { formatRate, isOverTarget } from '../model/defect-trends';

export interface RateTargets {
  leakageRate: number;
  reopenRate: number;
}

export interface DefectRatesTableProps {
  rows: readonly DefectTrendRow[];
  caption: ReactNode;
  /** The project's targets; without them no rate is marked. */
  targets?: RateTargets;
  testId: string;
}

const HEADINGS = ['Scope', 'Defects', 'Escaped', 'Leakage', 'Resolved', 'Reopened', 'Reopen rate'];

const cell = {
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBlockEnd: `1px solid ${token('color.border')}`,
  textAlign: 'end' as const,
  whiteSpace: 'nowrap' as const,
};

/** Read by screen readers, not shown: the colour alone must not carry "over target". */
const visuallyHidden = {
  position: 'absolute' as const, width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' as const,
};

function RateCell({ rate, target, kind }: { rate: number | null; target: number | undefined; kind: 'leakage' | 'reopen' }) {
  const over = isOverTarget(rate, target);
  const state = rate === null ? 'no-data' : over ? 'over' : target === undefined ? 'no-target' : 'within';
  return (
    <td
      data-testid={`${kind}-rate`}
      data-state={state}
      title={over && target !== undefined ? `Over the ${formatRate(target)} target` : undefined}
      style={{
        ...cell,
        color: rate === null ? token('color.text.subtlest') : over ? token('color.text.danger') : undefined,
        fontWeight: over ? token('font.weight.semibold') : undefined,
      }}
    >
      {formatRate(rate)}
      {over ? <span style={visuallyHidden}> (over target)</span> : null}
    </td>
  );
}

export function DefectRatesTable({ rows, caption, targets, testId }: DefectRatesTableProps) {
  return (
    <div data-testid={testId} style={{ overflowX: 'auto', marginBlockEnd: token('space.100') }}>
      <table style={{ borderCollapse: 'collapse', width: '100%', margin: 0 }}>
        <caption style={{ textAlign: 'start', color: token('color.text.subtle'), font: token('font.body.small'), margin: 0, paddingBlockEnd: token('space.050') }}>
          {caption}
        </caption>
        <thead>
          <tr>{HEADINGS.map((h, i) => (
            <th key={h} scope="col" style={{ ...cell, textAlign: i === 0 ? 'start' : 'end', font: token('font.body.small'), color: token('color.text.subtle') }}>{h}</th>
          ))}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.scope} data-testid="defect-trend-row" data-scope={row.scope}>
              <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: token('font.weight.regular'), whiteSpace: 'normal' }}>{row.scope}</th>
              <td style={cell}>{row.defects}</td>
              <td style={cell}>{row.escaped}</td>
              <RateCell rate={row.leakageRate} target={targets?.leakageRate} kind="leakage" />
              <td style={cell}>{row.resolved}</td>
              <td style={cell}>{row.reopened}</td>
              <RateCell rate={row.reopenRate} target={targets?.reopenRate} kind="reopen" />
            </tr>
          ))}
        </tbody>
      </table>
      {targets ? (
        <p data-testid="defect-targets" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.subtle') }}>
          Targets: leakage at most {formatRate(targets.leakageRate)}, reopen at most {formatRate(targets.reopenRate)}. Rates over target are in red.
        </p>
      ) : null}
    </div>
  );
}
