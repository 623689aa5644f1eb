import { describe, expect, it } from 'vitest';
import { GateKeyTable } from './gateKeyTable';

describe('GateKeyTable: (threshold, children) keys numbered once', () => {
  it('finds each added key again, and no other, through many table growths', () => {
    const table = new GateKeyTable();
    const key = (i: number): [number, number[]] => [1 + (i % 3), [i, i + 1, ...(i % 2 === 0 ? [i + 7] : [])]];
    for (let i = 0; i < 3000; i += 1) {
      const [threshold, children] = key(i);
      expect(table.find(threshold, children)).toBe(-1);
      expect(table.add(threshold, children)).toBe(i);
    }
    for (let i = 0; i < 3000; i += 1) expect(table.find(...key(i))).toBe(i);
    expect(table.find(1, [0, 1])).toBe(-1); // a prefix of key 0
    expect(table.find(2, [0, 1, 7])).toBe(-1); // key 0's children, another threshold
    expect(table.childStart.slice(0, 3)).toEqual([0, 3, 5]);
  });
});
