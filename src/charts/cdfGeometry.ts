import type { SeriesPoint } from './downsample';

/** The plot's own coordinates: a square of this side, stretched over the plot area by CSS. */
export const plotUnits = 1000;

const unit = (value: number) => Math.round(value * 10) / 10;

/** Where `x` (0…`xMax`) falls across the plot, in plot units. */
export const plotX = (x: number, xMax: number) => unit((x / xMax) * plotUnits);

/** Where a cumulative probability `p` (0…1) falls down the plot, in plot units: 1 at the top. */
export const plotY = (p: number) => unit((1 - p) * plotUnits);

/** An SVG path through `points` ([x, p], ascending in x), in plot units, for an x axis from 0 to `xMax`. */
export function cdfPathData(points: readonly SeriesPoint[], xMax: number): string {
  return points.map(([x, p], i) => `${i === 0 ? 'M' : 'L'}${plotX(x, xMax)} ${plotY(p)}`).join('');
}

/**
 * The cumulative probability the drawn line shows at `x`: 0 before its first point, its last value
 * after its last, and between two points on the straight segment that joins them.
 */
export function cumulativeAt(points: readonly SeriesPoint[], x: number): number {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || x < first[0]) return 0;
  if (x >= last[0]) return last[1];
  let low = 0;
  let high = points.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((points[middle] as SeriesPoint)[0] <= x) low = middle;
    else high = middle;
  }
  const [x0, p0] = points[low] as SeriesPoint;
  const [x1, p1] = points[high] as SeriesPoint;
  return x1 > x0 ? p0 + ((p1 - p0) * (x - x0)) / (x1 - x0) : p1;
}
