import { describe, expect, it } from 'vitest';
import { kthSmallestLowerBound } from './kthSmallestLowerBound';

describe('the k-th smallest lower bound', () => {
  const parts = [5, 2, 9, 2, 7].map((loMs) => ({ loMs }));

  it('is what sorting would give, ties included', () => {
    const sorted = parts.map((part) => part.loMs).sort((a, b) => a - b);
    for (let k = 1; k <= parts.length; k += 1) expect(kthSmallestLowerBound(parts, k)).toBe(sorted[k - 1]);
  });

  it('is 0 with nothing to choose from', () => {
    expect(kthSmallestLowerBound([], 1)).toBe(0);
  });
});
