import type { SeriesPoint } from './downsample';

/** Where two curves cross: the x at which the lower of the two changes, and the y there. */
export interface Crossover {
  x: number;
  y: number;
  /** Which curve is lower after the crossing. */
  lowerAfter: 'a' | 'b';
}

/** y of a polyline at x (linear between its points), or undefined outside its x range. */
function valueAt(points: readonly SeriesPoint[], x: number): number | undefined {
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1] as SeriesPoint;
    const [x1, y1] = points[i] as SeriesPoint;
    if (x >= x0 && x <= x1) return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return undefined;
}

/**
 * The crossings of two curves given as points in ascending x (e.g. monthly cost against load for a
 * serverless and a provisioned design): over the x values of both, wherever a − b changes sign, the
 * crossing point found by linear interpolation between the two bracketing x values.
 */
export function curveCrossovers(a: readonly SeriesPoint[], b: readonly SeriesPoint[]): Crossover[] {
  const xs = [...new Set([...a, ...b].map(([x]) => x))].sort((p, q) => p - q);
  const gaps = xs.flatMap((x) => {
    const ya = valueAt(a, x);
    const yb = valueAt(b, x);
    return ya === undefined || yb === undefined ? [] : [{ x, gap: ya - yb, y: ya }];
  });
  const found: Crossover[] = [];
  for (let i = 1; i < gaps.length; i += 1) {
    const before = gaps[i - 1];
    const after = gaps[i];
    if (!before || !after || before.gap === 0 || Math.sign(before.gap) === Math.sign(after.gap)) continue;
    const t = before.gap / (before.gap - after.gap);
    const x = before.x + t * (after.x - before.x);
    found.push({ x, y: valueAt(a, x) ?? after.y, lowerAfter: after.gap < 0 ? 'a' : 'b' });
  }
  return found;
}
