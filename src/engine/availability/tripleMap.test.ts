import { describe, expect, it } from 'vitest';
import { TripleMap } from './tripleMap';

describe('TripleMap', () => {
  it('keeps every value through growth and tells absent triples apart from permuted ones', () => {
    const map = new TripleMap();
    for (let i = 0; i < 5000; i += 1) map.set(i, 2 * i, 3 * i, i + 1);
    for (let i = 0; i < 5000; i += 1) expect(map.get(i, 2 * i, 3 * i)).toBe(i + 1);
    expect(map.get(2, 1, 3)).toBe(-1);
    expect(map.get(3, 6, 9)).toBe(4);
    expect(map.get(6, 3, 9)).toBe(-1);
  });
});
