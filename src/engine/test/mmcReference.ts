import { erlangCWaitProbability } from '../queueing/erlangC';

/**
 * Closed-form M/M/c response time R = W + S (Erlang 1917; Kleinrock, Queueing Systems I, §3.5):
 * S ~ Exp(μ); W = 0 with probability 1 − C, else Exp(θ = cμ − λ), C the Erlang C probability, so
 * P(R > t) = (1 − C)e^{−μt} + C·(θe^{−μt} − μe^{−θt}) / (θ − μ)  ((1 + μt)e^{−μt} when θ = μ) and
 * E[R] = C/θ + 1/μ. Rates per ms. A test reference, independent of the engine's latency algebra.
 */
export function mmcResponseReference(servers: number, arrivalsPerMs: number, serviceMs: number) {
  const mu = 1 / serviceMs;
  const theta = servers * mu - arrivalsPerMs;
  const c = erlangCWaitProbability(servers, arrivalsPerMs * serviceMs);
  const survival = (t: number) => {
    const both = Math.abs(theta - mu) < 1e-12 ? (1 + mu * t) * Math.exp(-mu * t) : (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu);
    return (1 - c) * Math.exp(-mu * t) + c * both;
  };
  const quantileMs = (q: number) => {
    let lo = 0;
    let hi = 1e6 * serviceMs;
    for (let i = 0; i < 200; i += 1) {
      const mid = (lo + hi) / 2;
      if (1 - survival(mid) < q) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  return { meanMs: c / theta + serviceMs, quantileMs };
}

/** The q-quantile of samples (sorted copy; the nearest-rank definition). */
export function sampleQuantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
