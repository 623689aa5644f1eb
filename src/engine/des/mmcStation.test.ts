import { describe, expect, it } from 'vitest';
import { mmcResponseReference, sampleQuantile } from '../test/mmcReference';
import { simulateMmcStation } from './mmcStation';

/**
 * The simulator's kernel against Erlang C: mean response time within 1 %, p95 and p99 within 3 %.
 * Run length: 1.5 M customers per case (≈ 3 M events, under a second), first 50 000 discarded (the
 * station starts empty), fixed seeds. At these utilizations the batch-means standard error of the
 * mean is ≈ 0.2–0.4 %, so 1 % is a 3-sigma-plus margin rather than a lucky seed.
 */
describe('M/M/c station against Erlang C', () => {
  for (const [servers, utilization, seed] of [[1, 0.5, 1], [4, 0.8, 2], [16, 0.9, 3]] as const) {
    it(`c = ${servers}, ρ = ${utilization}`, () => {
      const serviceMs = 10;
      const arrivalsPerSecond = (utilization * servers * 1000) / serviceMs;
      const run = simulateMmcStation({ servers, arrivalsPerSecond, serviceMs, customers: 1_500_000, warmUpCustomers: 50_000, seed });
      const samples = run.responseMs;
      const reference = mmcResponseReference(servers, arrivalsPerSecond / 1000, serviceMs);
      const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
      const sorted = samples.slice().sort();
      expect(run.events).toBe(3_000_000);
      expect(Math.abs(mean / reference.meanMs - 1)).toBeLessThan(0.01);
      for (const q of [0.95, 0.99]) expect(Math.abs(sampleQuantile(sorted, q) / reference.quantileMs(q) - 1)).toBeLessThan(0.03);
    });
  }

  it('is deterministic for a seed', () => {
    const run = (seed: number) => simulateMmcStation({ servers: 2, arrivalsPerSecond: 150, serviceMs: 10, customers: 1000, warmUpCustomers: 0, seed });
    expect(run(9).responseMs).toEqual(run(9).responseMs);
    expect(run(9).responseMs).not.toEqual(run(10).responseMs);
  });
});
