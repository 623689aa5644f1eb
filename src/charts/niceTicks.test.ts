import { describe, expect, it } from 'vitest';
import { niceTicks } from './niceTicks';

describe('niceTicks', () => {
  it('spaces ticks by 1, 2, 2.5 or 5 times a power of ten, ending at or above the maximum', () => {
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(87)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(101)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(7.3)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1240)).toEqual([0, 500, 1000, 1500]);
  });

  it('keeps small steps exact', () => {
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0.0042)).toEqual([0, 0.002, 0.004, 0.006]);
  });

  it('gives [0, 1] ticks for a maximum that is not a positive number', () => {
    for (const max of [0, -3, Number.NaN, Infinity]) expect(niceTicks(max)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
