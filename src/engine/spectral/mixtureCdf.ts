import type { PiecewiseCdf } from './gridMasses';

/** The CDF of a delay of exactly `ms`: a jump from 0 to 1 there (two knots at one time). */
export function atomCdf(ms: number): PiecewiseCdf {
  const at = Math.max(0, ms);
  return { timesMs: Float64Array.of(at, at), cumulative: Float64Array.of(0, 1) };
}

/**
 * The mixture Σ wᵢFᵢ of piecewise-linear CDFs (weights sum to 1), where a part may jump (two knots
 * at one time: an atom, a delay of exactly that much with positive probability): piecewise linear on
 * the union of their knots, so evaluating it at every knot is exact. At a time where a part jumps,
 * the mixture jumps too and gets two knots, its left limit and its value; elsewhere one. The knots are
 * merged in order (a knot shared by several parts, as on one grid, once) and each Fᵢ is read by
 * cursors that only move forward: O(parts × knots).
 */
export function mixtureCdf(parts: ReadonlyArray<{ weight: number; cdf: PiecewiseCdf }>): PiecewiseCdf {
  const count = parts.length;
  const knots = parts.map((part) => part.cdf.timesMs);
  const values = parts.map((part) => part.cdf.cumulative);
  const weights = parts.map((part) => part.weight);
  const total = knots.reduce((sum, times) => sum + times.length, 0);
  const timesMs = new Float64Array(2 * total);
  const cumulative = new Float64Array(2 * total);
  const next = new Int32Array(count); // first knot of each part not yet merged
  const below = new Int32Array(count).fill(-1); // last knot of each part before the current time
  let out = 0;
  for (let merged = 0; merged < total; ) {
    let t = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i += 1) t = Math.min(t, knots[i]![next[i]!] ?? Number.POSITIVE_INFINITY);
    if (!(t < Number.POSITIVE_INFINITY)) break; // never for finite knots: guards against a NaN one
    // Knots within rounding of t (the same grid point computed from two windows) are one knot.
    const same = t + Math.abs(t) * 1e-12;
    for (let i = 0; i < count; i += 1) {
      while ((knots[i]![next[i]!] ?? Number.POSITIVE_INFINITY) <= same) {
        next[i] = next[i]! + 1;
        merged += 1;
      }
    }
    let left = 0;
    let right = 0;
    for (let i = 0; i < count; i += 1) {
      const times = knots[i]!;
      const last = times.length - 1;
      const w = weights[i]!;
      let j = below[i]!;
      while (j < last && times[j + 1]! < t) j += 1;
      below[i] = j;
      // Left limit: on the segment from knot j to the first knot at or after t.
      if (j === last) left += w;
      else if (j >= 0) {
        const t0 = times[j]!;
        const f0 = values[i]![j]!;
        left += times[j + 1]! <= same ? w * values[i]![j + 1]! : w * (f0 + ((values[i]![j + 1]! - f0) * (t - t0)) / (times[j + 1]! - t0));
      }
      // Value at t: the last knot at t when there is one (the top of a jump), else the same segment.
      let k = j;
      while (k < last && times[k + 1]! <= same) k += 1;
      if (k === last) right += w;
      else if (k > j) right += w * values[i]![k]!;
      else if (j >= 0) {
        const t0 = times[j]!;
        const f0 = values[i]![j]!;
        right += w * (f0 + ((values[i]![j + 1]! - f0) * (t - t0)) / (times[j + 1]! - t0));
      }
    }
    if (right > left) {
      timesMs[out] = t;
      cumulative[out] = left;
      out += 1;
    }
    timesMs[out] = t;
    cumulative[out] = right;
    out += 1;
  }
  return { timesMs: timesMs.subarray(0, out), cumulative: cumulative.subarray(0, out) };
}
