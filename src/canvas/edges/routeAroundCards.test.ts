import { describe, expect, it } from 'vitest';
import { routeAroundCards, routeMarginPx, segmentCrossesBox } from './routeAroundCards';

const card = (x: number, y: number) => ({ x, y, width: 180, height: 60 });

describe('segmentCrossesBox', () => {
  it('tells a line through a box from one that passes by or grazes its edge', () => {
    const box = card(100, 100);
    expect(segmentCrossesBox({ x: 0, y: 130 }, { x: 400, y: 130 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 400, y: 50 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 100 }, { x: 400, y: 100 }, box)).toBe(false);
  });
});

describe('routeAroundCards', () => {
  // Three cards in a row, as two databases with a cache between them: a replication edge between the outer two.
  const left = card(0, 0);
  const middle = card(300, 0);
  const right = card(600, 0);

  it('leaves a clear straight line alone', () => {
    expect(routeAroundCards({ x: 180, y: 30 }, 'right', { x: 300, y: 30 }, 'left', [left, middle, right])).toBeNull();
  });

  it('goes around a card in the way, clear of it, with two bends each side', () => {
    const route = routeAroundCards({ x: 180, y: 30 }, 'right', { x: 600, y: 30 }, 'left', [left, middle, right]);
    if (!route) throw new Error('no route');
    expect(route[0]).toEqual({ x: 180, y: 30 });
    expect(route.at(-1)).toEqual({ x: 600, y: 30 });
    // Out to the right, over (or under) the middle card at the margin, back down into the right card's left side.
    const detourY = route[2]?.y;
    expect([-routeMarginPx, 60 + routeMarginPx]).toContain(detourY);
    expect(route).toHaveLength(6);
    for (let i = 1; i < route.length; i += 1) {
      const [a, b] = [route[i - 1], route[i]];
      if (!a || !b) continue;
      expect(a.x === b.x || a.y === b.y).toBe(true);
      expect(segmentCrossesBox(a, b, middle)).toBe(false);
    }
  });
});
