import { conditionalWaitMoments, type ConditionalWaitShape } from '../queueing/conditionalWait';
import type { ExplainTerm } from '../report';

/** Mean and variance of a delay, ms and ms². */
export interface DelayMomentsMs {
  meanMs: number;
  varianceMs2: number;
}

/**
 * Moments of one visit to a queueing station: response X = W + S with W = 0 with probability 1 − C,
 * else of shape `wait` (moments w₁, w₂; as `stationDelay`), and S of mean s and coefficient of
 * variation cv, independent of W. E[X] = C·w₁ + s and E[X²] = C·w₂ + 2C·w₁·s + s²(1 + cv²), so
 * Var X = E[X²] − E[X]². (For M/M/1, W | W > 0 is exponential, w₂ = 2w₁², and X is Exp(μ − λ): mean
 * 1/(μ − λ), variance 1/(μ − λ)².)
 */
export function stationVisitMoments(waitProbability: number, wait: ConditionalWaitShape, serviceMs: number, serviceCv: number): DelayMomentsMs {
  const { meanMs: conditionalMeanMs, secondMs2: conditionalSecondMs2 } = conditionalWaitMoments(wait);
  const meanWaitMs = waitProbability * conditionalMeanMs;
  const meanMs = meanWaitMs + serviceMs;
  const secondMs2 = waitProbability * conditionalSecondMs2 + 2 * meanWaitMs * serviceMs + serviceMs * serviceMs * (1 + serviceCv * serviceCv);
  return { meanMs, varianceMs2: Math.max(0, secondMs2 - meanMs * meanMs) };
}

/**
 * Moments of a component's time per request when a request visits it `visits` times on average, as
 * the latency walk counts calls: ⌊v⌋ or ⌈v⌉ independent visits, ⌈v⌉ with probability f = v − ⌊v⌋
 * (a visit made with probability v < 1 is the case ⌊v⌋ = 0). Wald's identities for a random sum:
 * mean v·μ, variance v·σ² + f(1 − f)·μ².
 */
export function visitedMoments(visits: number, perVisit: DelayMomentsMs): DelayMomentsMs {
  const fraction = visits - Math.floor(visits);
  return { meanMs: visits * perVisit.meanMs, varianceMs2: visits * perVisit.varianceMs2 + fraction * (1 - fraction) * perVisit.meanMs * perVisit.meanMs };
}

/** A component's own time per request (queueing + service over all its visits). */
export interface ComponentTime extends DelayMomentsMs {
  componentId: string;
  name: string;
}

/**
 * Splits a population's p99 into what each component contributes, plus what is left for the network
 * (SPEC §3 "p99 contribution" badge, and the latency waterfall behind it). The Euler allocation of a
 * quantile under the normal approximation (Tasche 1999, "Risk contributions and performance
 * measurement"): with p99 ≈ Σμᵢ + z·√Σσᵢ², component i contributes μᵢ + z·σᵢ²/√Σσⱼ²; z is taken from the
 * engine's exact p99, so the tail above the mean, p99 − mean, is shared in proportion to the variance
 * each component adds: contributionᵢ = μᵢ + (p99 − mean)·σᵢ² / Σσⱼ². Network RTTs, last mile,
 * handshakes and lookups are near-constant and get their mean, the remainder
 * p99 − Σ contributionᵢ = mean − Σμᵢ (negative only when parallel calls overlap, since then the
 * components' times do not add up). The terms, in ms, sum to `p99Ms` exactly (up to rounding).
 */
export function p99Contributions(p99Ms: number, meanMs: number, components: readonly ComponentTime[]): ExplainTerm[] {
  const totalVarianceMs2 = components.reduce((sum, c) => sum + c.varianceMs2, 0);
  const tailMs = Math.max(0, p99Ms - meanMs);
  const perVariance = totalVarianceMs2 > 0 ? tailMs / totalVarianceMs2 : 0;
  const terms: ExplainTerm[] = components.map((c) => ({ label: `${c.name}: queueing + service`, value: c.meanMs + perVariance * c.varianceMs2, unit: 'ms', elementId: c.componentId }));
  const itemisedMs = terms.reduce((sum, term) => sum + term.value, 0);
  terms.push({ label: 'network, connection set-up and lookups', value: p99Ms - itemisedMs, unit: 'ms' });
  return terms;
}
