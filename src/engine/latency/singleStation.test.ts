import { describe, expect, it } from 'vitest';
import { stationWait } from '../queueing/stationWait';
import type { DelayAlgebra } from './delayAlgebra';
import { stationDelay } from './delayShapes';
import { cdfOfGridMasses, meanOfGridMasses, quantileOfCdf } from './gridMasses';
import { chooseLatencyGrid } from './latencyGrid';
import { MomentAlgebra, supportWidthMs } from './momentAlgebra';
import { SpectralAlgebra } from './spectralAlgebra';

/** Builds one delay with both algebras, sizing the grid as evaluateLatency does, and reads it out. */
function distributionOf(build: <D>(algebra: DelayAlgebra<D>) => D) {
  const moments = new MomentAlgebra();
  const bounds = build(moments);
  const grid = chooseLatencyGrid(moments.maxWidthMs, supportWidthMs(bounds));
  const spectral = new SpectralAlgebra(grid.size, grid.stepMs);
  const masses = spectral.toGridMasses(build(spectral));
  const cdf = cdfOfGridMasses(masses);
  return { quantile: (q: number) => quantileOfCdf(cdf, q), meanMs: meanOfGridMasses(masses) };
}

/** Independent reference: the M/M/c response-time survival function, closed form. */
function mmcSurvival(t: number, servers: number, lambda: number, mu: number, waitProbability: number): number {
  // R = W + S, S ~ Exp(μ); W = 0 w.p. 1 − C, Exp(θ = cμ − λ) w.p. C.
  // P(Exp(θ) + Exp(μ) > t) = (θe^{−μt} − μe^{−θt}) / (θ − μ), or (1 + μt)e^{−μt} when θ = μ.
  const theta = servers * mu - lambda;
  const hypo = Math.abs(theta - mu) < 1e-12 ? (1 + mu * t) * Math.exp(-mu * t) : (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu);
  return (1 - waitProbability) * Math.exp(-mu * t) + waitProbability * hypo;
}

function bisect(survival: (t: number) => number, q: number): number {
  let lo = 0;
  let hi = 1e6;
  for (let i = 0; i < 200; i += 1) {
    const mid = (lo + hi) / 2;
    if (1 - survival(mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('single station latency against closed forms (within 1 %)', () => {
  it('M/M/1: response time is Exp(μ − λ), so p_q = −ln(1 − q)/(μ − λ)', () => {
    for (const rho of [0.3, 0.7, 0.9]) {
      const serviceMs = 10;
      const arrivalsPerSecond = (rho / serviceMs) * 1000;
      const wait = stationWait(1, arrivalsPerSecond, serviceMs, 1);
      const d = distributionOf((a) => stationDelay(a, wait.waitProbability, wait.conditionalWaitMs, serviceMs, 1));
      const rate = 1 / serviceMs - arrivalsPerSecond / 1000; // μ − λ per ms
      for (const q of [0.5, 0.95, 0.99]) expect(Math.abs(d.quantile(q) / (-Math.log(1 - q) / rate) - 1)).toBeLessThan(0.01);
      expect(Math.abs(d.meanMs * rate - 1)).toBeLessThan(0.01);
    }
  });

  it('M/M/c for c = 2, 8, 32 at several utilizations: mean and p50/p95/p99', () => {
    for (const [servers, rho] of [[2, 0.5], [2, 0.9], [8, 0.875], [32, 0.95]] as const) {
      const serviceMs = 4;
      const mu = 1 / serviceMs;
      const lambda = rho * servers * mu;
      const wait = stationWait(servers, lambda * 1000, serviceMs, 1);
      const d = distributionOf((a) => stationDelay(a, wait.waitProbability, wait.conditionalWaitMs, serviceMs, 1));
      const exactMean = wait.waitProbability / (servers * mu - lambda) + 1 / mu;
      expect(Math.abs(d.meanMs / exactMean - 1)).toBeLessThan(0.01);
      for (const q of [0.5, 0.95, 0.99]) {
        const exact = bisect((t) => mmcSurvival(t, servers, lambda, mu, wait.waitProbability), q);
        expect(Math.abs(d.quantile(q) / exact - 1)).toBeLessThan(0.01);
      }
    }
  });

  it('reproduces the M/M/8 figures of performance-anchors.md §0 G2 (ρ = 0.875: p95 4.32, p99 6.20 service times)', () => {
    const wait = stationWait(8, 7000, 1, 1);
    const d = distributionOf((a) => stationDelay(a, wait.waitProbability, wait.conditionalWaitMs, 1, 1));
    expect(d.quantile(0.95)).toBeCloseTo(4.32, 1);
    expect(d.quantile(0.99)).toBeCloseTo(6.2, 1);
    expect(d.meanMs).toBeCloseTo(1.635, 2);
  });
});
