import { describe, expect, it } from 'vitest';
import { Int32List } from './int32List';

describe('Int32List', () => {
  it('keeps every value pushed, in order, past its initial capacity', () => {
    const list = new Int32List(2);
    for (let i = 0; i < 9; i += 1) list.push(i * 3 - 4);
    expect(list.length).toBe(9);
    expect(Array.from(list.toArray())).toEqual([-4, -1, 2, 5, 8, 11, 14, 17, 20]);
  });

  it('hands out a copy: later pushes leave an array already taken alone', () => {
    const list = new Int32List();
    list.push(7);
    const taken = list.toArray();
    list.push(8);
    expect(Array.from(taken)).toEqual([7]);
  });
});
