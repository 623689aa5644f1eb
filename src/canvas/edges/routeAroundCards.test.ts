import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../../engine';
import { obstaclesAcross, routeAroundCards, routeMarginPx, segmentCrossesBox } from './routeAroundCards';

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

describe('obstaclesAcross', () => {
  it('blocks exactly the grid steps that cross some obstacle, as testing every obstacle does', () => {
    const random = createRandomStream(7);
    const grid = (n: number) => Math.floor(random.nextOpenUnit() * n) * 20;
    const obstacles = Array.from({ length: 40 }, () => ({ x: grid(40) - 15, y: grid(40) - 15, width: 210, height: 90 }));
    const blocked = obstaclesAcross(obstacles);
    let crossing = 0;
    for (let i = 0; i < 4000; i += 1) {
      const a = { x: grid(50), y: grid(50) };
      const b = i % 2 === 0 ? { x: a.x + 20 * (1 + grid(3) / 20), y: a.y } : { x: a.x, y: a.y + 20 * (1 + grid(3) / 20) };
      const expected = obstacles.some((box) => segmentCrossesBox(a, b, box));
      if (expected) crossing += 1;
      expect(blocked(a, b)).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(crossing).toBeGreaterThan(400);
    expect(crossing).toBeLessThan(3600);
  });
});
