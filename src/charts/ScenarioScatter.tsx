import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, chartTheme } from './chartColours';
import { minimumSpanDomain } from './minimumSpanDomain';

/** One scenario as a point: its colour, its name and the two figures plotted. */
export interface ScenarioPoint {
  id: string;
  name: string;
  colour: string;
  x: number;
  y: number;
}

/**
 * A point as drawn: every other one is named below its dot, so that two designs at the same place stay
 * legible; the leftmost name starts at its dot and the rightmost ends there, so neither runs off the chart.
 */
type DrawnPoint = ScenarioPoint & { nameBelow: boolean; nameAnchor: 'start' | 'middle' | 'end' };

interface ScenarioScatterProps {
  points: readonly ScenarioPoint[];
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** Narrowest y range shown, in the figure's unit (see `minimumSpanDomain`). */
  minimumYSpan?: number;
  height?: number;
}

/** A scenario's dot with its name on one line above or below it (recharts' labels would wrap it word by word). */
function NamedDot(props: { cx?: number; cy?: number; fill?: string; payload?: Partial<DrawnPoint> }) {
  const cx = props.cx ?? 0;
  const cy = props.cy ?? 0;
  const anchor = props.payload?.nameAnchor ?? 'middle';
  return (
    <g>
      <circle cx={cx} cy={cy} r={6} fill={props.fill} />
      <text x={anchor === 'start' ? cx - 8 : anchor === 'end' ? cx + 8 : cx} y={props.payload?.nameBelow ? cy + 20 : cy - 11} textAnchor={anchor} fontSize={11} fill={chartTheme.axis}>
        {props.payload?.name ?? ''}
      </text>
    </g>
  );
}

/** One dot per scenario, labelled with its name: where each design sits between two figures (nines vs cost, p99 vs cost). */
export function ScenarioScatter({ points, xLabel, yLabel, formatX, formatY, minimumYSpan, height = 220 }: ScenarioScatterProps) {
  const xs = points.map((point) => point.x);
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const anchorOf = (x: number) => (left === right ? 'middle' : x === left ? 'start' : x === right ? 'end' : 'middle');
  const drawn: DrawnPoint[] = points.map((point, i) => ({ ...point, nameBelow: i % 2 === 1, nameAnchor: anchorOf(point.x) }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 8, right: 24, bottom: 18, left: 4 }}>
        <CartesianGrid stroke={chartTheme.grid} strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" name={xLabel} padding={{ left: 40, right: 40 }} tickFormatter={formatX} tick={axisTick} stroke={chartTheme.grid} domain={minimumSpanDomain(points.map((p) => p.x))} label={{ value: xLabel, position: 'insideBottom', offset: -10, fontSize: 11, fill: chartTheme.axis }} />
        <YAxis type="number" dataKey="y" name={yLabel} padding={{ top: 28, bottom: 12 }} tickFormatter={formatY} tick={axisTick} stroke={chartTheme.grid} width={56} domain={minimumSpanDomain(points.map((p) => p.y), minimumYSpan)} />
        <Tooltip formatter={(value, name) => [name === xLabel ? formatX(Number(value)) : formatY(Number(value)), name]} contentStyle={{ fontSize: 12, borderRadius: 6 }} />
        {drawn.map((point) => (
          <Scatter key={point.id} name={point.name} data={[point]} fill={point.colour} isAnimationActive={false} shape={NamedDot} />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
