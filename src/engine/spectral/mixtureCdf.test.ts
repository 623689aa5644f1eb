import { describe, expect, it } from 'vitest';
import { cdfAt, quantileOfCdf, type PiecewiseCdf } from './gridMasses';
import { atomCdf, mixtureCdf } from './mixtureCdf';

/** Uniform on [a, b]: two knots. */
const uniform = (a: number, b: number): PiecewiseCdf => ({ timesMs: Float64Array.of(a, b), cumulative: Float64Array.of(0, 1) });

describe('the mixture of piecewise-linear CDFs keeps jumps', () => {
  it('60 % exactly 10 ms, 40 % uniform on [0, 20]: a jump from 0.2 to 0.8 at 10, read exactly', () => {
    const cdf = mixtureCdf([
      { weight: 0.6, cdf: atomCdf(10) },
      { weight: 0.4, cdf: uniform(0, 20) },
    ]);
    expect(Array.from(cdf.timesMs)).toEqual([0, 10, 10, 20]);
    expect(Array.from(cdf.cumulative).map((f) => Number(f.toFixed(12)))).toEqual([0, 0.2, 0.8, 1]);
    expect(quantileOfCdf(cdf, 0.5)).toBe(10);
    expect(quantileOfCdf(cdf, 0.8)).toBe(10);
    expect(quantileOfCdf(cdf, 0.1)).toBeCloseTo(5, 12); // 0.4 · t/20 = 0.1
    expect(quantileOfCdf(cdf, 0.9)).toBeCloseTo(15, 12); // 0.8 + 0.4 · (t − 10)/20 = 0.9
    expect(cdfAt(cdf, 10)).toBeCloseTo(0.8, 12); // right-continuous
    expect(cdfAt(cdf, 10 - 1e-9)).toBeCloseTo(0.2, 6);
  });

  it('two atoms at one time add up to one jump; parts without jumps give one knot per time, as before', () => {
    const jumps = mixtureCdf([
      { weight: 0.25, cdf: atomCdf(3) },
      { weight: 0.5, cdf: atomCdf(3) },
      { weight: 0.25, cdf: atomCdf(7) },
    ]);
    expect(Array.from(jumps.timesMs)).toEqual([3, 3, 7, 7]);
    expect(Array.from(jumps.cumulative)).toEqual([0, 0.75, 0.75, 1]);
    expect(quantileOfCdf(jumps, 0.5)).toBe(3);
    expect(quantileOfCdf(jumps, 0.99)).toBe(7);
    const smooth = mixtureCdf([
      { weight: 0.5, cdf: uniform(0, 10) },
      { weight: 0.5, cdf: uniform(5, 15) },
    ]);
    expect(Array.from(smooth.timesMs)).toEqual([0, 5, 10, 15]);
    expect(Array.from(smooth.cumulative)).toEqual([0, 0.25, 0.75, 1]);
  });
});
