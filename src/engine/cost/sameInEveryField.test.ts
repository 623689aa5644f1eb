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
