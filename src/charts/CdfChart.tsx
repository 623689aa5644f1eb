import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, chartTheme } from './chartColours';
import { downsampleLttb, type SeriesPoint } from './downsample';

export interface CdfSeries {
  id: string;
  name: string;
  colour: string;
  /** Line width and dashes (`seriesStroke`), so that identical curves stay visible; 2 px solid by default. */
  widthPx?: number;
  dash?: string;
  /** [x, cumulative probability], ascending in x. */
  points: readonly SeriesPoint[];
}

export interface CdfChartProps {
  series: readonly CdfSeries[];
  formatX: (x: number) => string;
  height?: number;
}

const percentTick = (p: number) => `${Math.round(p * 100)}%`;

/** Cumulative distributions, one line per series, each downsampled to at most 2 000 points. */
export function CdfChart({ series, formatX, height = 190 }: CdfChartProps) {
  const lines = useMemo(() => series.map((s) => ({ ...s, data: downsampleLttb(s.points).map(([x, p]) => ({ x, p })) })), [series]);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart margin={{ top: 8, right: 14, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={chartTheme.grid} strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" domain={[0, 'dataMax']} tickFormatter={formatX} tick={axisTick} stroke={chartTheme.grid} allowDuplicatedCategory={false} />
        <YAxis type="number" dataKey="p" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percentTick} tick={axisTick} stroke={chartTheme.grid} width={40} />
        <ReferenceLine y={0.99} stroke={chartTheme.target} strokeDasharray="4 3" label={{ value: 'p99', position: 'insideBottomRight', fontSize: 10, fill: chartTheme.target }} />
        <Tooltip
          formatter={(value, name) => [percentTick(Number(value)), name]}
          labelFormatter={(label) => `≤ ${formatX(Number(label))}`}
          contentStyle={{ fontSize: 12, borderRadius: 6 }}
        />
        {lines.map((line) => (
          <Line key={line.id} data={line.data} dataKey="p" name={line.name} stroke={line.colour} strokeWidth={line.widthPx ?? 2} strokeDasharray={line.dash} dot={false} isAnimationActive={false} type="monotone" />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
