/**
 * A delay distribution as probability masses on a uniform grid: mass i sits at `firstMs + i·stepMs`
 * and stands for a hat (triangle) of half-width `stepMs` around that point — the linear-interpolation
 * discretisation the spectral algebra uses, which keeps every mean exact.
 */
export interface GridMasses {
  firstMs: number;
  stepMs: number;
  masses: Float64Array;
}

/** A cumulative distribution, piecewise linear through ascending (time, probability) knots. */
export interface PiecewiseCdf {
  timesMs: Float64Array;
  cumulative: Float64Array;
}

/**
 * The CDF of grid masses: at grid point i, F = Σ_{j<i} p_j + p_i / 2 (the hat of mass i is half
 * below its centre), 0 one step before the first point and 1 one step after the last; linear between
 * (second-order accurate where the density is smooth). A delay is never negative, so knots are
 * clamped at 0 ms: the half hat below a mass at 0 becomes a jump at 0 (an atom at 0 is exactly
 * that), and FFT rounding around a true 0 (−4e-22 ms) reads as 0. Every percentile and CDF time of
 * the latency report is read from these knots, directly or through their mixture.
 */
export function cdfOfGridMasses(grid: GridMasses): PiecewiseCdf {
  const count = grid.masses.length;
  let total = 0;
  for (let i = 0; i < count; i += 1) total += grid.masses[i] ?? 0;
  const timesMs = new Float64Array(count + 2);
  const cumulative = new Float64Array(count + 2);
  timesMs[0] = Math.max(0, grid.firstMs - grid.stepMs);
  let below = 0;
  for (let i = 0; i < count; i += 1) {
    const p = (grid.masses[i] ?? 0) / total;
    timesMs[i + 1] = Math.max(0, grid.firstMs + i * grid.stepMs);
    cumulative[i + 1] = Math.min(1, below + p / 2);
    below += p;
  }
  timesMs[count + 1] = Math.max(0, grid.firstMs + count * grid.stepMs);
  cumulative[count + 1] = 1;
  return { timesMs, cumulative };
}

/** Mean of grid masses, ms: Σ pᵢ tᵢ / Σ pᵢ. */
export function meanOfGridMasses(grid: GridMasses): number {
  let total = 0;
  let weighted = 0;
  grid.masses.forEach((p, i) => {
    total += p;
    weighted += p * (grid.firstMs + i * grid.stepMs);
  });
  return weighted / total;
}

/** F(t) of a piecewise-linear CDF (binary search, linear interpolation). */
export function cdfAt(cdf: PiecewiseCdf, timeMs: number): number {
  const { timesMs, cumulative } = cdf;
  const last = timesMs.length - 1;
  if (timeMs <= (timesMs[0] ?? 0)) return 0;
  if (timeMs >= (timesMs[last] ?? 0)) return 1;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((timesMs[mid] ?? 0) <= timeMs) lo = mid;
    else hi = mid;
  }
  const t0 = timesMs[lo] ?? 0;
  const t1 = timesMs[hi] ?? 0;
  const f0 = cumulative[lo] ?? 0;
  const f1 = cumulative[hi] ?? 1;
  return f0 + ((f1 - f0) * (timeMs - t0)) / (t1 - t0);
}

/** The q-quantile (0 < q < 1) of a piecewise-linear CDF: the first t with F(t) = q, by interpolation. */
export function quantileOfCdf(cdf: PiecewiseCdf, q: number): number {
  const { timesMs, cumulative } = cdf;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) < q) lo = mid;
    else hi = mid;
  }
  const f0 = cumulative[lo] ?? 0;
  const f1 = cumulative[hi] ?? 1;
  const t0 = timesMs[lo] ?? 0;
  const t1 = timesMs[hi] ?? 0;
  return f1 > f0 ? t0 + ((t1 - t0) * (q - f0)) / (f1 - f0) : t1;
}
