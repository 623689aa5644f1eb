import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestRows } from './heaviestRows';

describe('heaviestRows', () => {
  it('keeps the rows a stable sort by weight, largest first, puts first, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -6, max: 6 }), { maxLength: 80 }), fc.integer({ min: 0, max: 45 }), (values, count) => {
        const rows = values.map((value, index) => ({ value, index }));
        const weight = (row: { value: number }) => Math.abs(row.value);
        const expected = new Set([...rows].sort((a, b) => weight(b) - weight(a)).slice(0, count));
        expect(heaviestRows(rows, count, weight)).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('keeps the first of equal rows: [3, 5, 5, 1, 5] by value, two of them, are the 5s at 1 and 2', () => {
    const rows = [3, 5, 5, 1, 5].map((value, index) => ({ value, index }));
    expect([...heaviestRows(rows, 2, (row) => row.value)].map((row) => row.index).sort()).toEqual([1, 2]);
  });
});
