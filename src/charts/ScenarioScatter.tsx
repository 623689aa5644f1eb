import { useState } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { AbovePlotTooltip } from './AbovePlotTooltip';
import { axisTick, chartTheme } from './chartColours';
import { minimumSpanDomain } from './minimumSpanDomain';
import { ScatterMarks } from './ScatterMarks';

/** One scenario as a point: its colour, its name and the two figures plotted. */
export interface ScenarioPoint {
  id: string;
  name: string;
  colour: string;
  x: number;
  y: number;
}

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

/** recharts' own dot, kept invisible: it gives each design its tooltip; `ScatterMarks` draws what is seen. */
const HitArea = (props: { cx?: number; cy?: number }) => <circle cx={props.cx} cy={props.cy} r={8} fill="transparent" />;

/**
 * One mark per scenario, named: where each design sits between two figures (nines vs cost, p99 vs
 * cost). Names never overlap each other, the dots or the axes; designs at the same place are all
 * shown and named; a name with no room beside its mark is numbered and given in a key below.
 */
export function ScenarioScatter({ points, xLabel, yLabel, formatX, formatY, minimumYSpan, height = 220 }: ScenarioScatterProps) {
  const [keyed, setKeyed] = useState<string[][]>([]);
  return (
    <div className="scenario-scatter">
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 18, left: 4 }}>
          <CartesianGrid stroke={chartTheme.grid} strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" name={xLabel} padding={{ left: 24, right: 24 }} tickFormatter={formatX} tick={axisTick} stroke={chartTheme.grid} domain={minimumSpanDomain(points.map((p) => p.x))} label={{ value: xLabel, position: 'insideBottom', offset: -10, fontSize: 11, fill: chartTheme.axis }} />
          <YAxis type="number" dataKey="y" name={yLabel} padding={{ top: 20, bottom: 12 }} tickFormatter={formatY} tick={axisTick} stroke={chartTheme.grid} width={56} domain={minimumSpanDomain(points.map((p) => p.y), minimumYSpan)} />
          <AbovePlotTooltip
            readout={({ payload }) => {
              const point = payload[0]?.payload as ScenarioPoint | undefined;
              return point ? { heading: point.name, rows: [{ key: 'x', name: xLabel, value: formatX(point.x) }, { key: 'y', name: yLabel, value: formatY(point.y) }] } : null;
            }}
          />
          {points.map((point) => (
            <Scatter key={point.id} name={point.name} data={[point]} fill={point.colour} isAnimationActive={false} shape={HitArea} />
          ))}
          <ScatterMarks points={points} onKeyed={setKeyed} />
        </ScatterChart>
      </ResponsiveContainer>
      {keyed.length > 0 && (
        <ol className="scenario-scatter__key" data-testid="chart.scatter.key">
          {keyed.map((names) => (
            <li key={names.join('\n')}>{names.join(' = ')}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
