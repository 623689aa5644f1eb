import { describe, expect, it } from 'vitest';
import { topologicalOrder } from './topologicalOrder';

describe('topologicalOrder', () => {
  it('marks the edge that closes a cycle and orders the rest', () => {
    // 0 → 1 → 2 → 0: edges 0, 1, 2; edge 2 closes the cycle.
    const start = Int32Array.from([0, 1, 2, 3]);
    const edges = Int32Array.from([0, 1, 2]);
    const edgeTo = Int32Array.from([1, 2, 0]);
    const cyclic = new Uint8Array(3);
    expect(Array.from(topologicalOrder(3, start, edges, edgeTo, cyclic))).toEqual([0, 1, 2]);
    expect(Array.from(cyclic)).toEqual([0, 0, 1]);
  });
});
