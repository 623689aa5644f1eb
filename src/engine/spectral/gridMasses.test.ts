import { describe, expect, it } from 'vitest';
import { cdfAt, cdfOfGridMasses, quantileOfCdf } from './gridMasses';

describe('the CDF of grid masses never reads a negative time', () => {
  it('an atom at 0 ms is a jump at 0: every quantile up to F(0) = ½ is 0, above it the hat of width h', () => {
    const cdf = cdfOfGridMasses({ firstMs: 0, stepMs: 0.5, masses: Float64Array.of(1, 0, 0) });
    expect(Array.from(cdf.timesMs)).toEqual([0, 0, 0.5, 1, 1.5]);
    expect(quantileOfCdf(cdf, 0.001)).toBe(0);
    expect(quantileOfCdf(cdf, 0.25)).toBe(0);
    expect(quantileOfCdf(cdf, 0.5)).toBe(0);
    expect(quantileOfCdf(cdf, 0.99)).toBeCloseTo(0.49, 12); // ½ + ½·t/h = 0.99 at t = 0.98 h
    expect(cdfAt(cdf, 0)).toBe(0);
    expect(cdfAt(cdf, 0.25)).toBeCloseTo(0.75, 12);
  });

  it('FFT rounding around a true 0 (a first point at −4e-22 ms) gives knots at exactly 0, not below', () => {
    const cdf = cdfOfGridMasses({ firstMs: -4e-22, stepMs: 0.25, masses: Float64Array.of(0.5, 0.5) });
    expect(Array.from(cdf.timesMs)).toEqual([0, 0, 0.25, 0.5]);
    expect(Array.from(cdf.cumulative)).toEqual([0, 0.25, 0.75, 1]);
    expect(quantileOfCdf(cdf, 0.1)).toBe(0);
    expect(quantileOfCdf(cdf, 0.5)).toBeCloseTo(0.125, 15);
  });
});
