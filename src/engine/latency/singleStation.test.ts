import { describe, expect, it } from 'vitest';
import { stationWait } from '../queueing/stationWait';
import { mmcResponseReference } from '../test/mmcReference';
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
      const exact = mmcResponseReference(servers, lambda, serviceMs);
      expect(Math.abs(d.meanMs / exact.meanMs - 1)).toBeLessThan(0.01);
      for (const q of [0.5, 0.95, 0.99]) expect(Math.abs(d.quantile(q) / exact.quantileMs(q) - 1)).toBeLessThan(0.01);
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
