import { describe, expect, it } from 'vitest';
import { cdfPathData, cumulativeAt, plotUnits } from './cdfGeometry';
import type { SeriesPoint } from './downsample';

const cdf: SeriesPoint[] = [
  [10, 0.2],
  [20, 0.6],
  [40, 1],
];

describe('CDF geometry', () => {
  it('draws the points across 0…xMax and from p = 0 at the bottom to p = 1 at the top', () => {
    expect(cdfPathData(cdf, 40)).toBe(`M250 800L500 400L${plotUnits} 0`);
    expect(cdfPathData([[1, 1 / 3]], 3)).toBe('M333.3 666.7');
    expect(cdfPathData([], 1)).toBe('');
  });

  it('reads the drawn line: nothing before the first point, the last value after the last, straight between', () => {
    expect(cumulativeAt(cdf, 5)).toBe(0);
    expect(cumulativeAt(cdf, 10)).toBe(0.2);
    expect(cumulativeAt(cdf, 15)).toBeCloseTo(0.4, 12);
    expect(cumulativeAt(cdf, 30)).toBeCloseTo(0.8, 12);
    expect(cumulativeAt(cdf, 40)).toBe(1);
    expect(cumulativeAt(cdf, 99)).toBe(1);
    expect(cumulativeAt([], 3)).toBe(0);
  });

  it('takes the upper value at a vertical step (two points at one x)', () => {
    const step: SeriesPoint[] = [
      [0, 0],
      [5, 0.5],
      [5, 0.9],
      [8, 1],
    ];
    expect(cumulativeAt(step, 5)).toBe(0.9);
  });
});
