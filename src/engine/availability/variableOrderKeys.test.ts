import { describe, expect, it } from 'vitest';
import { VariableOrderKeys } from './variableOrderKeys';

const ascending = (keys: Int32Array) => keys.every((key, i) => i === 0 || key > (keys[i - 1] as number));

describe('VariableOrderKeys: BDD levels that survive added, removed and reordered variables', () => {
  it('gives ascending keys, keeps those of known variables and puts a new one between its neighbours', () => {
    const keys = new VariableOrderKeys();
    const first = keys.assign(['a', 'b', 'c']) as Int32Array;
    expect(ascending(first)).toBe(true);
    const second = keys.assign(['a', 'new', 'b', 'c']) as Int32Array;
    expect([second[0], second[2], second[3]]).toEqual([first[0], first[1], first[2]]);
    expect(second[1]).toBeGreaterThan(first[0] as number);
    expect(second[1]).toBeLessThan(first[1] as number);
  });

  it('moves the variables that fell out of order (the fewest), not the many that kept it', () => {
    const keys = new VariableOrderKeys();
    const first = keys.assign(['unit', 'provider', 'region', 'zone', 'next']) as Int32Array;
    const second = keys.assign(['provider', 'region', 'zone', 'unit', 'next']) as Int32Array;
    expect(ascending(second)).toBe(true);
    expect([...second.subarray(0, 3), second[4]]).toEqual([first[1], first[2], first[3], first[4]]);
    expect(second[3]).not.toBe(first[0]);
  });

  it('never hands a key out twice, even to a new variable where a removed one was', () => {
    const keys = new VariableOrderKeys();
    const first = keys.assign(['a', 'gone', 'b']) as Int32Array;
    keys.assign(['a', 'b']);
    const third = keys.assign(['a', 'new', 'b']) as Int32Array;
    expect(third[1]).not.toBe(first[1]);
    expect(ascending(third)).toBe(true);
  });

  it('gives up (null) when a gap between neighbours is used up, and a fresh instance then succeeds', () => {
    const keys = new VariableOrderKeys();
    let order = ['first', 'last'];
    let result: Int32Array | null = keys.assign(order);
    // Each new variable goes right after 'first', halving the gap there: 2³¹ lasts 31 insertions.
    for (let i = 0; result && i < 40; i += 1) {
      order = ['first', `new${i}`, ...order.slice(1)];
      result = keys.assign(order);
    }
    expect(result).toBeNull();
    expect(ascending(new VariableOrderKeys().assign(order) as Int32Array)).toBe(true);
  });
});
