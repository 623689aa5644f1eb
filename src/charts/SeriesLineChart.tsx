import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AbovePlotTooltip } from './AbovePlotTooltip';
import { axisTick, chartTheme } from './chartColours';
import { downsampleLttb, type SeriesPoint } from './downsample';
import { lineReadout } from './lineReadout';
import { SaturationEnds } from './SaturationEnds';
import { seriesDot } from './seriesDot';
import type { EndLabelLine, SeriesEnd } from './saturationEndMarks';

export interface LineSeries {
  id: string;
  name: string;
  colour: string;
  /** Line width and dashes (`seriesStroke`), so that identical curves stay visible; 2 px solid by default. */
  widthPx?: number;
  dash?: string;
  /** [x, y] ascending in x; points with a non-finite y (a saturated latency) are left out. */
  points: readonly SeriesPoint[];
}

interface SeriesLineChartProps {
  series: readonly LineSeries[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** What the x axis measures ("offered load"): the tooltip's heading names it before the hovered value. */
  xName?: string;
  /** Points to mark on the chart (crossovers). */
  marks?: ReadonlyArray<{ x: number; y: number; label: string }>;
  /** Where a curve stops because its design saturates: a marker in the curve's colour that says so. */
  ends?: readonly SeriesEnd[];
  /** The x axis counts things (regions, copies): whole-number ticks only. */
  integerX?: boolean;
  /** Vertical lines at moments on the x axis (a failure, a repair). */
  moments?: ReadonlyArray<{ x: number; label: string }>;
  /** Fixed x range (a run's length, so the curve fills in from the left); else the data's. */
  xDomain?: [number, number];
  /** Fixed y range; else from 0 to the data's maximum. */
  yDomain?: [number, number];
  /** Names the series in a line above the chart. */
  legend?: boolean;
  height?: number;
}

/** Several curves on shared axes, one per scenario, each downsampled to at most 2 000 points. */
export function SeriesLineChart({ series, formatX, formatY, xName, marks = [], ends = [], integerX = false, moments = [], xDomain, yDomain, legend = false, height = 220 }: SeriesLineChartProps) {
  const lines = useMemo(() => series.map((s) => ({ ...s, data: downsampleLttb(s.points.filter(([, y]) => Number.isFinite(y))).map(([x, y]) => ({ x, y })) })), [series]);
  const curves = useMemo(() => lines.map((line) => line.data.map(({ x, y }) => [x, y] as const)), [lines]);
  const [unplacedEnds, setUnplacedEnds] = useState<EndLabelLine[]>([]);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart margin={{ top: 12, right: 18, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={chartTheme.grid} strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" domain={xDomain ?? ['dataMin', 'dataMax']} tickFormatter={formatX} tick={axisTick} stroke={chartTheme.grid} allowDuplicatedCategory={false} allowDecimals={!integerX} />
          <YAxis type="number" dataKey="y" domain={yDomain ?? [0, 'auto']} tickFormatter={formatY} tick={axisTick} stroke={chartTheme.grid} width={56} />
          {legend && <Legend verticalAlign="top" iconSize={8} wrapperStyle={{ fontSize: 11, lineHeight: "14px" }} />}
          <AbovePlotTooltip readout={(hovered) => lineReadout(hovered, { formatX, formatY, xName, ends })} />
          {lines.map((line) => (
            <Line key={line.id} data={line.data} dataKey="y" name={line.name} stroke={line.colour} strokeWidth={line.widthPx ?? 2} strokeDasharray={line.dash} dot={seriesDot(line.data.length, line.colour)} isAnimationActive={false} type="linear" />
          ))}
          {/* Every other label one line lower (in time order), so that a failure and its repair a little later stay legible. */}
          {[...moments]
            .sort((a, b) => a.x - b.x)
            .map((moment, i) => (
              <ReferenceLine key={`${moment.x}:${moment.label}`} x={moment.x} stroke={chartTheme.fail} strokeDasharray="4 3" label={{ value: moment.label, position: 'insideTopLeft', offset: i % 2 === 0 ? 5 : 17, fontSize: 10, fill: chartTheme.fail }} />
            ))}
          {ends.length > 0 && <SaturationEnds ends={ends} curves={curves} onUnplaced={setUnplacedEnds} />}
          {marks.map((mark) => (
            <ReferenceDot key={`${mark.x}:${mark.label}`} x={mark.x} y={mark.y} r={5} fill="var(--surface)" stroke={chartTheme.target} strokeWidth={2} label={{ value: mark.label, position: 'top', fontSize: 10, fill: chartTheme.target }} />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {unplacedEnds.length > 0 && (
        <ul className="series-chart__ends" data-testid="chart.saturation-ends.unplaced">
          {unplacedEnds.map((line) => (
            <li key={line.text}>
              {line.colours.map((colour) => (
                <span key={colour} className="series-chart__swatch" style={{ background: colour }} aria-hidden />
              ))}
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
