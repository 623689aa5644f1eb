import { describe, expect, it } from 'vitest';
import { sameInEveryField } from './sameInEveryField';

interface Pair {
  count: number;
  label: string;
}

describe('sameInEveryField', () => {
  const samePair = sameInEveryField<Pair>({ count: (a, b) => Object.is(a.count, b.count), label: (a, b) => a.label === b.label });

  it('is true only when every field compares equal', () => {
    expect(samePair({ count: 1, label: 'a' }, { count: 1, label: 'a' })).toBe(true);
    expect(samePair({ count: 1, label: 'a' }, { count: 2, label: 'a' })).toBe(false);
    expect(samePair({ count: 1, label: 'a' }, { count: 1, label: 'b' })).toBe(false);
  });

  it('compares by the given comparisons (Object.is tells NaN equal and 0 from -0)', () => {
    expect(samePair({ count: Number.NaN, label: 'a' }, { count: Number.NaN, label: 'a' })).toBe(true);
    expect(samePair({ count: 0, label: 'a' }, { count: -0, label: 'a' })).toBe(false);
  });
});

describe('sameInEveryField past the comparisons it unrolls', () => {
  const fields = Array.from({ length: 20 }, (_, i) => `f${i}`);
  const sameRecord = sameInEveryField<Record<string, number>>(Object.fromEntries(fields.map((key) => [key, (a: Record<string, number>, b: Record<string, number>) => a[key] === b[key]])));
  const record = Object.fromEntries(fields.map((key, i) => [key, i]));

  it('compares every field, the first, the sixteenth and the last', () => {
    expect(sameRecord(record, { ...record })).toBe(true);
    for (const key of ['f0', 'f7', 'f8', 'f15', 'f16', 'f19']) expect(sameRecord(record, { ...record, [key]: -1 }), key).toBe(false);
  });
});
