import { describe, expect, it } from 'vitest';
import { keptRecord } from './keptRecord';

describe('keptRecord', () => {
  const previous = { a: 1, b: 2 };

  it('keeps the previous record when every key holds the same value', () => {
    expect(keptRecord(previous, { b: 2, a: 1 })).toBe(previous);
    expect(keptRecord({}, {})).toEqual({});
  });

  it('takes the new record when a value, a key or the number of keys changed', () => {
    const nexts: Record<string, number>[] = [{ a: 1, b: 3 }, { a: 1, c: 2 }, { a: 1 }, { a: 1, b: 2, c: 3 }];
    for (const next of nexts) expect(keptRecord(previous, next)).toBe(next);
  });

  it('compares values as Object.is does (NaN holds, −0 is not 0)', () => {
    const withNaN = { a: Number.NaN };
    expect(keptRecord(withNaN, { a: Number.NaN })).toBe(withNaN);
    const zero = { a: 0 };
    const negativeZero = { a: -0 };
    expect(keptRecord(zero, negativeZero)).toBe(negativeZero);
  });
});
