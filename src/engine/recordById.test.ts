import { describe, expect, it } from 'vitest';
import { recordById } from './recordById';

describe('recordById', () => {
  it('maps ids to values in id order, skipping excluded ones, as a plain object', () => {
    const record = recordById(['b', 'a', 'first', 'c'], (i) => i * 1.5, (i) => i !== 3);
    expect(record).toEqual({ b: 0, a: 1.5, first: 3 });
    expect(Object.keys(record)).toEqual(['b', 'a', 'first']);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('is empty for no ids', () => {
    expect(recordById([], () => 1)).toEqual({});
  });
});
