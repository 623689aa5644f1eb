import { describe, expect, it } from 'vitest';
import { cdfOfGridMasses, meanOfGridMasses, quantileOfCdf } from './gridMasses';
import { SpectralAlgebra } from './spectralAlgebra';

const read = (algebra: SpectralAlgebra, d: ReturnType<SpectralAlgebra['constant']>) => {
  const masses = algebra.toGridMasses(d);
  const cdf = cdfOfGridMasses(masses);
  return { q: (p: number) => quantileOfCdf(cdf, p), mean: meanOfGridMasses(masses) };
};

describe('SpectralAlgebra', () => {
  const algebra = new SpectralAlgebra(1024, 0.1); // period 102.4 ms

  it('keeps the mean of a constant and of an exponential exact', () => {
    expect(read(algebra, algebra.constant(12.34)).mean).toBeCloseTo(12.34, 9);
    expect(read(algebra, algebra.exponential(5)).mean).toBeCloseTo(5, 3); // tail beyond 102 ms: e^{−20.5}
  });

  it('adds delays: constant 10 + exponential mean 2 has median 10 + 2 ln 2', () => {
    const d = read(algebra, algebra.sequence(algebra.constant(10), algebra.exponential(2)));
    expect(d.q(0.5)).toBeCloseTo(10 + 2 * Math.LN2, 2);
    expect(d.mean).toBeCloseTo(12, 6);
  });

  it('mixes: 80 % at 5 ms, 20 % at 30 ms has mean 9 and p95 at 30', () => {
    const d = read(algebra, algebra.mixture([0.8, 0.2], [algebra.constant(5), algebra.constant(30)]));
    expect(d.mean).toBeCloseTo(0.8 * 5 + 0.2 * 30, 9);
    expect(Math.abs(d.q(0.95) - 30)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(d.q(0.5) - 5)).toBeLessThanOrEqual(0.1);
  });

  // `sequence` multiplies A by B as it adds them when no atom is left (no slot for the product alone):
  // it must give, bit for bit, the mixture of the product stored first and B.
  it('a delay taken with probability p then another is, bit for bit, the mixture of their sum and the other', () => {
    const y = algebra.sequence(algebra.constant(0.37), algebra.exponential(0.7));
    // Shifted against y (the product moved off the grid) or not (`addShifted`'s two loops).
    const xs = [algebra.sequence(algebra.constant(1.23), algebra.exponential(2)), algebra.exponential(2)];
    for (const [x, p] of xs.flatMap((x) => [0.3, 0.9].map((p) => [x, p] as const))) {
      const sometimesX = algebra.mixture([1 - p, p], [algebra.constant(0), x]);
      const expected = algebra.toGridMasses(algebra.mixture([p, 1 - p], [algebra.sequence(x, y), y]));
      expect(algebra.toGridMasses(algebra.sequence(sometimesX, y))).toEqual(expected);
      expect(algebra.toGridMasses(algebra.sequence(y, sometimesX))).toEqual(algebra.toGridMasses(algebra.mixture([p, 1 - p], [algebra.sequence(y, x), y])));
    }
  });

  it('takes the maximum of two Exp(mean 2): P(max ≤ t) = (1 − e^{−t/2})², so p_q = −2 ln(1 − √q)', () => {
    const d = read(algebra, algebra.kthFastest([algebra.exponential(2), algebra.exponential(2)], 2));
    for (const q of [0.5, 0.95, 0.99]) expect(Math.abs(d.q(q) / (-2 * Math.log(1 - Math.sqrt(q))) - 1)).toBeLessThan(0.01);
    expect(d.mean).toBeCloseTo(3, 1); // E[max] = 2 + 1 = 3
  });

  it('takes the fastest of three Exp(mean 3): the minimum is Exp(mean 1)', () => {
    const e = algebra.exponential(3);
    const d = read(algebra, algebra.kthFastest([e, e, e], 1));
    expect(Math.abs(d.q(0.5) / Math.LN2 - 1)).toBeLessThan(0.01);
  });

  it('cuts attempts at the timeout and retries: constant 50 with timeout 20 never succeeds, ends at 20 + 5 + 20', () => {
    const d = read(algebra, algebra.withTimeout(algebra.constant(50), 20, 1, 5));
    expect(d.mean).toBeCloseTo(45, 6);
  });

  it('leaves a delay that always beats the timeout unchanged', () => {
    const d = read(algebra, algebra.withTimeout(algebra.constant(8), 20, 2, 5));
    expect(d.mean).toBeCloseTo(8, 6);
  });

  it('adds exponentials of means 2 and 5: the hypoexponential CDF 1 − (5e^{−t/5} − 2e^{−t/2}) / 3, within 1 %', () => {
    const d = read(algebra, algebra.sequence(algebra.exponential(2), algebra.exponential(5)));
    const cdf = (t: number) => 1 - (5 * Math.exp(-t / 5) - 2 * Math.exp(-t / 2)) / 3;
    for (const q of [0.5, 0.95, 0.99]) {
      let lo = 0;
      let hi = 100;
      for (let i = 0; i < 100; i += 1) [lo, hi] = cdf((lo + hi) / 2) < q ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
      expect(Math.abs(d.q(q) / lo - 1)).toBeLessThan(0.01);
    }
    expect(d.mean).toBeCloseTo(7, 3);
  });

  it('reads a delay made only sometimes without evaluating it: 30 % of Exp(mean 4) after 10 ms, else nothing', () => {
    const sometimes = algebra.sequence(algebra.constant(10), algebra.mixture([0.7, 0.3], [algebra.constant(0), algebra.exponential(4)]));
    const d = read(algebra, sometimes);
    expect(d.mean).toBeCloseTo(10 + 0.3 * 4, 6);
    // P(X ≤ 10 + t) = 0.7 + 0.3(1 − e^{−t/4}): p95 at t = −4 ln(1 − 0.25 / 0.3).
    expect(Math.abs(d.q(0.95) - (10 - 4 * Math.log(1 - 0.25 / 0.3))) / (10 - 4 * Math.log(1 - 0.25 / 0.3))).toBeLessThan(0.01);
    // Its maximum with a constant 11 is 11 whenever the delay stays below it.
    const max = read(algebra, algebra.kthFastest([sometimes, algebra.constant(11)], 2));
    expect(max.q(0.5)).toBeCloseTo(11, 1);
  });

  it('repeats a delay: three calls of constant 4 take 12', () => {
    expect(read(algebra, algebra.repeat(algebra.constant(4), 3)).mean).toBeCloseTo(12, 9);
  });
});
