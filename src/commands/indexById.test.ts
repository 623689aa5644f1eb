import { describe, expect, it } from 'vitest';
import { indexById } from './indexById';

describe('indexById', () => {
  it('finds each element by id, the first of a repeated id as find does', () => {
    const list = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ];
    const index = indexById(list);
    expect(index.get('a')).toBe(list[0]);
    expect(index.get('b')).toBe(list[1]);
    expect(index.get('c')).toBeUndefined();
  });

  it('is built once per list object, and afresh for a new list', () => {
    const list = [{ id: 'a' }];
    expect(indexById(list)).toBe(indexById(list));
    const replaced = [...list, { id: 'b' }];
    expect(indexById(replaced).get('b')).toBe(replaced[1]);
  });
});
