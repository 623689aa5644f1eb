import { describe, expect, it } from 'vitest';
import { clusterPoints } from './clusterPoints';

describe('clusterPoints', () => {
  it('keeps apart points whose dots do not touch and joins those that would hide each other', () => {
    const points = [
      { id: 'a', cx: 10, cy: 10 },
      { id: 'b', cx: 100, cy: 10 },
      { id: 'c', cx: 10, cy: 10 },
      { id: 'd', cx: 104, cy: 13 },
    ];
    expect(clusterPoints(points, 12).map((cluster) => cluster.members.map((m) => m.id))).toEqual([['a', 'c'], ['b', 'd']]);
    expect(clusterPoints(points, 12)[1]).toMatchObject({ cx: 100, cy: 10 });
  });
});
