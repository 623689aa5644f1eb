import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportanceRanking } from './importanceRanking';

/** What the report built before rankings were kept: the entries, stably sorted by `b − a`. */
function sortedRecord(importance: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...importance].sort((a, b) => b[1] - a[1]);
}

/** Importance values with ties, zeros of both signs, infinities and NaN among them. */
const value = fc.oneof(fc.constantFrom(0, -0, 1e-9, 2e-9, Infinity, Number.NaN), fc.double({ min: 0, max: 1 }));

/** Sequences of importance maps: each over the same elements as the one before, or over others. */
const rankings = fc.array(
  fc.record({ elements: fc.integer({ min: 0, max: 12 }), values: fc.array(value, { minLength: 12, maxLength: 12 }), renamed: fc.boolean() }),
  { minLength: 1, maxLength: 10 },
);

describe('ImportanceRanking', () => {
  it('gives the stable sort of the entries, largest first, whatever it ranked before', () => {
    fc.assert(
      fc.property(rankings, (sequence) => {
        const ranking = new ImportanceRanking();
        for (const { elements, values, renamed } of sequence) {
          const importance = new Map(values.slice(0, elements).map((v, i) => [renamed ? `other-${i}` : `element-${i}`, v] as const));
          const record = ranking.recordOf(importance);
          // Object.is: the values as they are, −0 and NaN included.
          const expected = sortedRecord(importance);
          const entries = Object.entries(record);
          expect(entries.map(([id]) => id)).toEqual(expected.map(([id]) => id));
          entries.forEach(([, v], i) => expect(Object.is(v, expected[i]?.[1])).toBe(true));
        }
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });
});
