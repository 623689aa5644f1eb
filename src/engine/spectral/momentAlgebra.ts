import type { DelayAlgebra } from './delayAlgebra';
import { kthSmallestLowerBound } from './kthSmallestLowerBound';

/** Bounds and moments of a delay, ms: support within [lo, hi] up to a tail mass below ~1e-5. */
export interface DelayMoments {
  loMs: number;
  hiMs: number;
  meanMs: number;
  varianceMs2: number;
}

/** An exponential of mean m is cut at 12·m (tail mass e^{−12} ≈ 6e-6); sums at mean + 12·sd when tighter. */
export const tailMultiple = 12;

/** Width of the support used for grids: hi − lo, ms. */
export function supportWidthMs(d: DelayMoments): number {
  return d.hiMs - d.loMs;
}

function capped(loMs: number, hiMs: number, meanMs: number, varianceMs2: number): DelayMoments {
  return { loMs, hiMs: Math.min(hiMs, meanMs + tailMultiple * Math.sqrt(varianceMs2)), meanMs, varianceMs2 };
}

/**
 * Bounds and moments of delays, to size the spectral grid. Means and variances compose exactly for
 * sums (they add), mixtures (E = Σ wᵢEᵢ, Var = Σ wᵢ(Varᵢ + Eᵢ²) − E²) and repeats; for order
 * statistics the mean is bounded by max Eᵢ + √(Σ Varᵢ) and the variance by Σ Varᵢ (Efron–Stein).
 * Supports: constants are points, an exponential ends at 12·mean, sums at hi₁ + hi₂ or mean + 12·sd,
 * whichever is smaller (Chernoff-style tails of sums of exponential-tailed delays), mixtures and
 * order statistics at the largest hi. Records the widest support built.
 */
export class MomentAlgebra implements DelayAlgebra<DelayMoments> {
  /** Widest (hi − lo) of any delay built so far, ms. */
  maxWidthMs = 0;
  /** Operations performed: an estimate of the transforms a spectral pass over the same walk stores. */
  operations = 0;

  private record(d: DelayMoments, spanMs: number = supportWidthMs(d)): DelayMoments {
    this.operations += 1;
    if (Number.isFinite(spanMs) && spanMs > this.maxWidthMs) this.maxWidthMs = spanMs;
    return d;
  }

  constant(ms: number): DelayMoments {
    return { loMs: ms, hiMs: ms, meanMs: ms, varianceMs2: 0 };
  }

  exponential(meanMs: number): DelayMoments {
    return this.record({ loMs: 0, hiMs: tailMultiple * meanMs, meanMs, varianceMs2: meanMs * meanMs });
  }

  sequence(a: DelayMoments, b: DelayMoments): DelayMoments {
    return this.record(capped(a.loMs + b.loMs, a.hiMs + b.hiMs, a.meanMs + b.meanMs, a.varianceMs2 + b.varianceMs2));
  }

  mixture(weights: readonly number[], parts: readonly DelayMoments[]): DelayMoments {
    let loMs = Number.POSITIVE_INFINITY;
    let hiMs = Number.NEGATIVE_INFINITY;
    let mean = 0;
    let second = 0;
    parts.forEach((part, i) => {
      const w = weights[i] ?? 0;
      if (w <= 0) return;
      loMs = Math.min(loMs, part.loMs);
      hiMs = Math.max(hiMs, part.hiMs);
      mean += w * part.meanMs;
      second += w * (part.varianceMs2 + part.meanMs * part.meanMs);
    });
    return this.record({ loMs, hiMs, meanMs: mean, varianceMs2: Math.max(0, second - mean * mean) });
  }

  repeat(a: DelayMoments, times: number): DelayMoments {
    return this.record(capped(a.loMs * times, a.hiMs * times, a.meanMs * times, a.varianceMs2 * times));
  }

  kthFastest(parts: readonly DelayMoments[], k: number): DelayMoments {
    let lowestMs = Number.POSITIVE_INFINITY;
    let varianceMs2 = 0;
    let meanMs = Number.NEGATIVE_INFINITY;
    let hiMs = Number.NEGATIVE_INFINITY;
    for (const part of parts) {
      lowestMs = Math.min(lowestMs, part.loMs);
      varianceMs2 += part.varianceMs2;
      meanMs = Math.max(meanMs, part.meanMs);
      hiMs = Math.max(hiMs, part.hiMs);
    }
    const d = { loMs: kthSmallestLowerBound(parts, k), hiMs, meanMs: meanMs + Math.sqrt(varianceMs2), varianceMs2 };
    return this.record(d, hiMs - lowestMs);
  }

  withTimeout(a: DelayMoments, timeoutMs: number, retries: number, backoffMs: number): DelayMoments {
    const hiMs = (retries + 1) * timeoutMs + backoffMs * (2 ** retries - 1);
    const loMs = Math.min(a.loMs, timeoutMs);
    return this.record({ loMs, hiMs, meanMs: Math.min(a.meanMs, hiMs), varianceMs2: Math.min(a.varianceMs2, (hiMs - loMs) ** 2) });
  }
}
