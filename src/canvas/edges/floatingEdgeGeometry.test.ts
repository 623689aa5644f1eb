import { describe, expect, it } from 'vitest';
import { floatingEdgeEnds } from './floatingEdgeGeometry';

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
