import { describe, expect, it } from 'vitest';
import { findFreeSpot } from './freeSpot';

const region = { width: 760, height: 440 };
const topLevel = { gap: 20, min: { x: -Infinity, y: -Infinity }, limit: null, verticalCost: 1.5 };

describe('findFreeSpot', () => {
  it('puts a second region dropped a little low over the first level with it, beside it', () => {
    const first = { x: 0, y: 0, ...region };
    expect(findFreeSpot({ ...topLevel, wanted: { x: 360, y: 120, ...region }, taken: [first] })).toEqual({ x: 780, y: 0 });
  });

  it('puts one dropped well below the first under it, in line with its left edge', () => {
    const first = { x: 0, y: 0, ...region };
    // Costs in box sizes: level beside it 420/760 + 1.5 × 300/440 ≈ 1.57; beside it out of line 0.55 + 0.5 ≈ 1.05;
    // under it in line 360/760 + 1.5 × 160/440 ≈ 1.02.
    expect(findFreeSpot({ ...topLevel, wanted: { x: 360, y: 300, ...region }, taken: [first] })).toEqual({ x: 0, y: 460 });
  });
});
