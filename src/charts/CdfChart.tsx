import { memo, useMemo, useState, type PointerEvent } from 'react';
import { ChartTooltip } from './ChartTooltip';
import { cdfPathData, cumulativeAt, plotUnits, plotX, plotY } from './cdfGeometry';
import { downsampleLttb, type SeriesPoint } from './downsample';
import { niceTicks } from './niceTicks';
import './cdfChart.css';

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

const percent = (p: number) => `${Math.round(p * 100)}%`;
const probabilityTicks = [0, 0.25, 0.5, 0.75, 1];
/** The percentile the results judge by, marked across the plot. */
const referenceP = 0.99;

/**
 * Cumulative distributions, one line per series, each downsampled to at most 2 000 points. Plain SVG
 * stretched over the plot by CSS (axes and tooltip in HTML): it renders without measuring anything,
 * where the charting library measured every line's length on each update and forced the page's
 * styles and layout to be recomputed in the middle of a render.
 */
export const CdfChart = memo(function CdfChart({ series, formatX, height = 190 }: CdfChartProps) {
  const [hoverShare, setHoverShare] = useState<number | null>(null);
  const lines = useMemo(() => series.map((s) => ({ ...s, points: downsampleLttb(s.points) })), [series]);
  const xTicks = useMemo(() => niceTicks(Math.max(0, ...lines.map((line) => line.points.at(-1)?.[0] ?? 0))), [lines]);
  const xMax = xTicks.at(-1) ?? 1;
  const hoverX = hoverShare === null ? null : hoverShare * xMax;
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHoverShare(box.width > 0 ? Math.min(Math.max((event.clientX - box.left) / box.width, 0), 1) : null);
  };

  return (
    <div className="cdf-chart" style={{ height }} role="img" aria-label={`Share of requests answered within a time, for ${lines.map((line) => line.name).join(', ')}`}>
      <div className="cdf-chart__y-axis" aria-hidden>
        {probabilityTicks.map((p) => (
          <span key={p} className="cdf-chart__tick" style={{ top: `${(1 - p) * 100}%` }}>
            {percent(p)}
          </span>
        ))}
      </div>
      <div className="cdf-chart__plot" onPointerMove={onPointerMove} onPointerLeave={() => setHoverShare(null)}>
        <svg className="cdf-chart__svg" viewBox={`0 0 ${plotUnits} ${plotUnits}`} preserveAspectRatio="none" aria-hidden>
          {probabilityTicks.map((p) => (
            <line key={`p${p}`} className="cdf-chart__grid" x1={0} x2={plotUnits} y1={plotY(p)} y2={plotY(p)} />
          ))}
          {xTicks.map((x) => (
            <line key={`x${x}`} className="cdf-chart__grid" x1={plotX(x, xMax)} x2={plotX(x, xMax)} y1={0} y2={plotUnits} />
          ))}
          <line className="cdf-chart__reference" x1={0} x2={plotUnits} y1={plotY(referenceP)} y2={plotY(referenceP)} />
          {lines.map((line) => (
            <path key={line.id} className="cdf-chart__line" data-testid="chart.cdf.line" d={cdfPathData(line.points, xMax)} stroke={line.colour} strokeWidth={line.widthPx ?? 2} strokeDasharray={line.dash} />
          ))}
          {hoverX !== null && <line className="cdf-chart__cursor" x1={plotX(hoverX, xMax)} x2={plotX(hoverX, xMax)} y1={0} y2={plotUnits} />}
        </svg>
        <span className="cdf-chart__reference-label" style={{ top: `${(1 - referenceP) * 100}%` }} aria-hidden>
          p99
        </span>
        {hoverX !== null && hoverShare !== null && (
          // Slid along with the cursor, its own width times the cursor's share to the left, so it never leaves the plot (a narrow panel has no room beside the cursor); lifted above the plot by ChartTooltip.
          <div className="cdf-chart__tooltip" style={{ left: `${hoverShare * 100}%`, transform: `translateX(${-hoverShare * 100}%)` }} data-testid="chart.cdf.tooltip">
            <ChartTooltip heading={`Answered within ${formatX(hoverX)}`} rows={lines.map((line) => ({ key: line.id, name: line.name, value: percent(cumulativeAt(line.points, hoverX)), colour: line.colour }))} />
          </div>
        )}
      </div>
      <div className="cdf-chart__x-axis" aria-hidden>
        {xTicks.map((x) => (
          <span key={x} className="cdf-chart__tick" style={{ left: `${(x / xMax) * 100}%` }}>
            {formatX(x)}
          </span>
        ))}
      </div>
    </div>
  );
});
