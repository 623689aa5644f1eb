import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { curveCandidates } from './curveCandidates';

describe('curveCandidates', () => {
  it("starts at the middle of the curve React Flow draws, and runs along it", () => {
    const ends = { sourceX: 100, sourceY: 60, targetX: 400, targetY: 360, sourceSide: 'bottom', targetSide: 'top' } as const;
    const [, labelX, labelY] = getBezierPath({ ...ends, sourcePosition: Position.Bottom, targetPosition: Position.Top });
    const [middle, ...others] = curveCandidates(ends);
    expect(middle?.x).toBeCloseTo(labelX, 6);
    expect(middle?.y).toBeCloseTo(labelY, 6);
    // Half the arc either side of the middle: longer than half the 424 px chord, shorter than half of the two legs.
    expect(middle?.beforePx).toBeCloseTo(middle?.afterPx ?? 0, 0);
    expect(middle?.beforePx).toBeGreaterThan(212);
    expect(middle?.beforePx).toBeLessThan(300);
    expect(others.map((c) => c.y).every((y) => y > 60 && y < 360)).toBe(true);
  });
});
