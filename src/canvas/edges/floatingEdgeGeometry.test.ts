import { describe, expect, it } from 'vitest';
import { floatingEdgeEnds, measuredBox } from './floatingEdgeGeometry';

const card = (x: number, y: number) => ({ x, y, width: 180, height: 60 });

describe('floatingEdgeEnds', () => {
  it('joins side by side nodes right to left', () => {
    expect(floatingEdgeEnds(card(0, 0), card(300, 0))).toEqual({ sourceX: 180, sourceY: 30, targetX: 300, targetY: 30, sourceSide: 'right', targetSide: 'left' });
  });

  it('joins stacked nodes bottom to top', () => {
    const ends = floatingEdgeEnds(card(0, 0), card(0, 200));
    expect(ends).toMatchObject({ sourceSide: 'bottom', targetSide: 'top', sourceX: 90, sourceY: 60, targetX: 90, targetY: 200 });
  });

  it('copes with nodes on top of each other', () => {
    const ends = floatingEdgeEnds(card(0, 0), card(0, 0));
    expect(Number.isFinite(ends.sourceX) && Number.isFinite(ends.targetY)).toBe(true);
  });
});

describe('measuredBox', () => {
  it('is the measured box', () => {
    expect(measuredBox({ x: 10, y: -20 }, { width: 180, height: 60 })).toEqual({ x: 10, y: -20, width: 180, height: 60 });
  });

  it('is none before the node is measured (no size, or 0 on its first layout), so no edge is drawn with NaN ends', () => {
    expect(measuredBox({ x: 0, y: 0 }, {})).toBeNull();
    expect(measuredBox({ x: 0, y: 0 }, { width: 0, height: 0 })).toBeNull();
    expect(measuredBox({ x: 0, y: 0 }, { width: 180, height: 0 })).toBeNull();
    expect(measuredBox({ x: Number.NaN, y: 0 }, { width: 180, height: 60 })).toBeNull();
  });
});
