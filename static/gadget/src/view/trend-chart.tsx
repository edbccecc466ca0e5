/**
 * The trend of both rates by the chosen grouping, drawn by chart.js: lines over time (month,
 * release), bars across components, each target as a dashed line. A group with no data is a gap,
 * never a zero. The same figures are in a table under the chart for screen readers and for anyone
 * who wants the counts.
 */
import {
  BarController, BarElement, CategoryScale, Chart as ChartJS, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip,
  type ChartData, type ChartDataset, type ChartOptions, type TooltipItem,
} from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import type { MetricsGroupBy, ProjectMetrics } from '../../../../src/contracts/metrics';
import { formatPercent, palette, space } from './palette';

ChartJS.register(BarController, BarElement, CategoryScale, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip);

type TrendGroup = ProjectMetrics['groups'][number];
type Dataset = ChartDataset<'bar' | 'line', (number | null)[]>;

export interface TrendChartProps {
  groups: TrendGroup[];
  groupBy: MetricsGroupBy;
  leakageTarget: number;
  reopenTarget: number;
}

const GROUP_NOUN: Record<MetricsGroupBy, string> = { month: 'month', release: 'release', fixVersion: 'fix version', component: 'component' };

/** A month not over yet says so, since its figures will still move. */
export function groupLabel(group: TrendGroup): string {
  return group.partial ? `${group.label} (so far)` : group.label;
}

/** A CSS colour (a design token's `var(--ds-…, fallback)`) as the rgb() string a canvas understands. */
function canvasColour(css: string, fallback: string): string {
  if (typeof document === 'undefined' || !document.body) return fallback;
  const probe = document.createElement('span');
  probe.style.color = css;
  document.body.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || fallback;
}

function withAlpha(rgb: string, alpha: number): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : rgb;
}

function countsOf(group: TrendGroup, series: 'leakage' | 'reopen'): string {
  return series === 'leakage'
    ? `${group.leakage.escaped} of ${group.leakage.defects} escaped`
    : `${group.reopen.reopened} of ${group.reopen.resolved} reopened`;
}

export function TrendChart({ groups, groupBy, leakageTarget, reopenTarget }: TrendChartProps) {
  const type: 'bar' | 'line' = groupBy === 'component' ? 'bar' : 'line';
  const colours = useMemo(() => ({
    leakage: canvasColour(palette.leakageLine, '#1D7AFC'),
    reopen: canvasColour(palette.reopenLine, '#8270DB'),
    text: canvasColour(palette.subtle, '#44546F'),
  }), []);

  const data = useMemo<ChartData<'bar' | 'line', (number | null)[], string>>(() => {
    const labels = groups.map(groupLabel);
    const targetLine = (label: string, value: number, colour: string): Dataset => ({
      type: 'line' as const, label, data: groups.map(() => value), borderColor: withAlpha(colour, 0.6),
      backgroundColor: withAlpha(colour, 0.6), borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, pointHitRadius: 0, fill: false,
    });
    const series = (label: string, values: (number | null)[], colour: string): Dataset => ({
      type, label, data: values, borderColor: colour, backgroundColor: type === 'bar' ? withAlpha(colour, 0.8) : colour,
      borderWidth: 2, pointRadius: 3, spanGaps: false, tension: 0.2, maxBarThickness: 28,
    });
    return {
      labels,
      datasets: [
        series('Leakage rate', groups.map((g) => g.leakage.rate), colours.leakage),
        series('Reopen rate', groups.map((g) => g.reopen.rate), colours.reopen),
        targetLine('Leakage target', leakageTarget, colours.leakage),
        targetLine('Reopen target', reopenTarget, colours.reopen),
      ],
    };
  }, [groups, type, leakageTarget, reopenTarget, colours]);

  const options = useMemo<ChartOptions<'bar' | 'line'>>(() => {
    const highest = Math.max(leakageTarget, reopenTarget, ...groups.flatMap((g) => [g.leakage.rate ?? 0, g.reopen.rate ?? 0]));
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: {
          min: 0,
          suggestedMax: Math.min(100, Math.ceil((highest * 1.15) / 5) * 5 || 10),
          ticks: { color: colours.text, callback: (value) => `${value}%` },
        },
        x: { ticks: { color: colours.text, autoSkip: true, maxRotation: 45 } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: colours.text, boxWidth: 12, boxHeight: 12 } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const group = groups[item.dataIndex];
              if (item.datasetIndex > 1) return `${item.dataset.label}: ${formatPercent(item.parsed.y ?? 0)}`;
              const key = item.datasetIndex === 0 ? 'leakage' : 'reopen';
              const rate = group[key].rate;
              return `${item.dataset.label}: ${rate === null ? 'no data' : `${formatPercent(rate)} (${countsOf(group, key)})`}`;
            },
          },
        },
      },
    };
  }, [groups, leakageTarget, reopenTarget, colours]);

  const noun = GROUP_NOUN[groupBy];
  return (
    <figure style={{ margin: 0 }} data-testid="trend-chart" data-chart-type={type} data-points={groups.length}>
      <div style={{ position: 'relative', height: '240px' }}>
        <Chart
          type={type}
          data={data}
          options={options}
          role="img"
          aria-label={`Leakage and reopen rate by ${noun}, ${groups.length} ${noun}${groups.length === 1 ? '' : 's'}; the figures are in the table below.`}
        />
      </div>
      <details style={{ marginTop: space.s100 }}>
        <summary style={{ cursor: 'pointer', color: palette.subtle }}>Figures by {noun}</summary>
        <table data-testid="trend-table" style={{ width: '100%', borderCollapse: 'collapse', marginTop: space.s100 }}>
          <thead>
            <tr>
              <th scope="col" style={cell('left')}>{noun[0].toUpperCase() + noun.slice(1)}</th>
              <th scope="col" style={cell('right')}>Leakage</th>
              <th scope="col" style={cell('right')}>Reopen</th>
              {groupBy === 'month' ? <th scope="col" style={cell('right')}>Reopens in month</th> : null}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key || `none-${g.label}`}>
                <th scope="row" style={{ ...cell('left'), fontWeight: 400 }}>{groupLabel(g)}</th>
                <td style={cell('right')}>{g.leakage.rate === null ? 'No data' : `${formatPercent(g.leakage.rate)} (${countsOf(g, 'leakage')})`}</td>
                <td style={cell('right')}>{g.reopen.rate === null ? 'No data' : `${formatPercent(g.reopen.rate)} (${countsOf(g, 'reopen')})`}</td>
                {groupBy === 'month' ? <td style={cell('right')}>{(g.reopensInPeriod ?? 0).toLocaleString('en-US')}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function cell(align: 'left' | 'right') {
  return { textAlign: align, padding: `${space.s050} ${space.s100}`, borderBottom: `1px solid ${palette.border}` } as const;
}
