import { useId } from 'preact/hooks';
import { niceTicks } from '../../reports/chart-scale';

export interface ChartRow {
  label: string;
  values: number[];
}

interface Props {
  /** What the chart shows (its accessible name). */
  title: string;
  /** The name of each series, in the order of `values`. */
  series: string[];
  rows: ChartRow[];
  /** Bars across with the labels left (categories), or columns up with the labels below (months). */
  orientation: 'horizontal' | 'vertical';
}

const COLOURS = ['#0b6e69', '#c2410c', '#4338ca'];
const ROW = 22;
const LABEL_W = 168;
const PLOT_W = 440;
const AXIS_H = 22;

/**
 * A bar chart drawn by hand in SVG: one bar per row and series, gridlines at round numbers,
 * each bar's figure written at its end. It is a picture of the table beside it (role="img",
 * named by its title); the table holds the same figures for a screen reader and for copying.
 */
export function BarChart({ title, series, rows, orientation }: Props) {
  const titleId = useId();
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const legend = series.length > 1 ? 20 : 0;
  if (orientation === 'vertical') return <ColumnChart {...{ title, titleId, series, rows, ticks, top, legend }} />;
  const band = ROW * series.length + 8;
  const height = legend + rows.length * band + AXIS_H;
  const x = (v: number) => LABEL_W + (v / top) * PLOT_W;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${LABEL_W + PLOT_W + 48} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{title}</title>
      <Legend series={series} />
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={legend} y2={height - AXIS_H} class="chart-grid" />
          <text x={x(v)} y={height - 6} text-anchor="middle" class="chart-axis">
            {v.toLocaleString('ja-JP')}
          </text>
        </g>
      ))}
      {rows.map((row, i) => (
        <g key={i} transform={`translate(0 ${legend + i * band})`}>
          <text x={LABEL_W - 6} y={band / 2 + 4} text-anchor="end" class="chart-label">
            {clip(row.label, 14)}
          </text>
          {row.values.map((v, s) => (
            <g key={s}>
              <rect x={LABEL_W} y={4 + s * ROW} width={Math.max(0, x(v) - LABEL_W)} height={ROW - 6} fill={COLOURS[s % COLOURS.length]} />
              <text x={x(v) + 4} y={4 + s * ROW + ROW - 10} class="chart-value">
                {v.toLocaleString('ja-JP')}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Legend({ series }: { series: string[] }) {
  if (series.length < 2) return null;
  return (
    <g class="chart-legend">
      {series.map((name, s) => (
        <g key={s} transform={`translate(${LABEL_W + s * 140} 2)`}>
          <rect width="12" height="12" fill={COLOURS[s % COLOURS.length]} />
          <text x="16" y="11">
            {name}
          </text>
        </g>
      ))}
    </g>
  );
}

interface ColumnProps {
  title: string;
  titleId: string;
  series: string[];
  rows: ChartRow[];
  ticks: number[];
  top: number;
  legend: number;
}

const AXIS_W = 48;
const PLOT_H = 180;

/** Columns up, for months in order: the year reads left to right. */
function ColumnChart({ title, titleId, series, rows, ticks, top, legend }: ColumnProps) {
  const slot = Math.max(28, Math.min(60, 600 / Math.max(1, rows.length)));
  const bar = (slot - 8) / series.length;
  const width = AXIS_W + rows.length * slot + 8;
  // Room above the tallest column for its figure, clear of the legend.
  const plotTop = legend + 14;
  const height = plotTop + PLOT_H + 48;
  const y = (v: number) => plotTop + PLOT_H - (v / top) * PLOT_H;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${Math.max(width, LABEL_W + 300)} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{title}</title>
      <Legend series={series} />
      {ticks.map((v) => (
        <g key={v}>
          <line x1={AXIS_W} x2={width} y1={y(v)} y2={y(v)} class="chart-grid" />
          <text x={AXIS_W - 6} y={y(v) + 4} text-anchor="end" class="chart-axis">
            {v.toLocaleString('ja-JP')}
          </text>
        </g>
      ))}
      {rows.map((row, i) => (
        <g key={i} transform={`translate(${AXIS_W + i * slot + 4} 0)`}>
          {row.values.map((v, s) => (
            <rect
              key={s}
              x={s * bar}
              y={y(v)}
              width={bar - 1}
              height={Math.max(0, plotTop + PLOT_H - y(v))}
              fill={COLOURS[s % COLOURS.length]}
            />
          ))}
          <ColumnLabel x={(slot - 8) / 2} y={plotTop + PLOT_H + 16} label={row.label} previous={rows[i - 1]?.label ?? null} />
          <text x={(slot - 8) / 2} y={y(Math.max(...row.values, 0)) - 3} text-anchor="middle" class="chart-value">
            {row.values[0]!.toLocaleString('ja-JP')}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** A month label as month and year ("2026年4月" → 4月 / 2026年; "Apr 2026" → Apr / 2026), or null. */
export function splitMonthLabel(label: string): { month: string; year: string } | null {
  const ja = /^(\d{4}年)(\d{1,2}月)$/.exec(label);
  if (ja) return { month: ja[2]!, year: ja[1]! };
  const en = /^(\S+) (\d{4})$/.exec(label);
  return en ? { month: en[1]!, year: en[2]! } : null;
}

/**
 * Under a column: the month, and below it the year where it starts or changes (4月 … 12月, 1月
 * with 2027年), so twelve months fit side by side without their labels running into each other.
 */
function ColumnLabel({ x, y, label, previous }: { x: number; y: number; label: string; previous: string | null }) {
  const parts = splitMonthLabel(label);
  if (!parts)
    return (
      <text x={x} y={y} text-anchor="middle" class="chart-axis">
        {clip(label, 6)}
      </text>
    );
  const showYear = previous === null || splitMonthLabel(previous)?.year !== parts.year;
  return (
    <text x={x} y={y} text-anchor="middle" class="chart-axis">
      {parts.month}
      {showYear && (
        <tspan x={x} dy="14">
          {parts.year}
        </tspan>
      )}
    </text>
  );
}
