import { describe, expect, it } from 'vitest';
import { quantileOfCdf } from './gridMasses';
import { populationDistribution } from './populationDistribution';
import { SpectralAlgebra } from './spectralAlgebra';

describe('a population distribution keeps fixed delays exact', () => {
  const algebra = new SpectralAlgebra(1024, 0.25); // period 256 ms, step a quarter ms
  // A CDN in front of an origin: a hit (70 %) is the fixed 15 ms round trip to the edge, a miss adds Exp(mean 20).
  const cdn = algebra.mixture([0.7, 0.3], [algebra.constant(15), algebra.sequence(algebra.constant(15), algebra.exponential(20))]);

  it('CDN hit 70 % at 15 ms: p50 is 15 ms exactly; p95 solves 0.7 + 0.3(1 − e^{−t/20}) = 0.95', () => {
    const d = populationDistribution(algebra, [1], [cdn]);
    expect(quantileOfCdf(d.cdf, 0.5)).toBe(15);
    expect(quantileOfCdf(d.cdf, 0.7)).toBe(15);
    expect(quantileOfCdf(d.cdf, 0.95) / (15 + 20 * Math.log(6)) - 1).toBeLessThan(0.005);
    expect(d.meanMs).toBeCloseTo(15 + 0.3 * 20, 3); // to 1e-3: the exponential's tail past the 256 ms period (e^{−12.8}) wraps round
  });

  it('after a new-connection handshake (30 %: 20 ms more), atoms at 15 (0.49) and 35 (0.21); the median lies on the miss tail', () => {
    const handshake = algebra.mixture([0.3, 0.7], [algebra.constant(20), algebra.constant(0)]);
    const d = populationDistribution(algebra, [1], [algebra.sequence(handshake, cdn)]);
    // F(t) = 0.49 + 0.21(1 − e^{−(t − 15)/20}) on [15, 35): F = 0.5 at t = 15 − 20 ln(1 − 0.01/0.21).
    expect(Math.abs(quantileOfCdf(d.cdf, 0.5) - (15 - 20 * Math.log(1 - 0.01 / 0.21)))).toBeLessThan(0.25);
    expect(quantileOfCdf(d.cdf, 0.4)).toBe(15);
    expect(d.meanMs).toBeCloseTo(0.3 * 20 + 15 + 0.3 * 20, 3);
  });

  it('reads and writes mixed: a write class without atoms keeps the reads’ atom at its share', () => {
    const write = algebra.sequence(algebra.constant(40), algebra.exponential(10));
    const d = populationDistribution(algebra, [0.8, 0.2], [cdn, write]);
    // Below 40 ms only reads: F jumps to 0.8 · 0.7 = 0.56 at 15 ms.
    expect(quantileOfCdf(d.cdf, 0.5)).toBe(15);
    expect(quantileOfCdf(d.cdf, 0.56)).toBe(15);
    expect(quantileOfCdf(d.cdf, 0.57)).toBeGreaterThan(15);
    expect(d.meanMs).toBeCloseTo(0.8 * (15 + 6) + 0.2 * 50, 3);
  });
});
