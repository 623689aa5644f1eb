import { describe, expect, it } from 'vitest';
import { decodeDelta, encodeDelta, shareReused } from './historyDelta';

const unchanged = { id: 'a', size: 1 };
const neighbour = { name: 'Shop', items: [unchanged, { id: 'b', size: 2 }], nested: { keep: { deep: true }, n: 1 } };
const value = { name: 'Shop, edited', items: [{ id: 'c', size: 3 }, unchanged], nested: { keep: neighbour.nested.keep, n: 2 } };

describe('history deltas', () => {
  it('write only what changed, by reference', () => {
    expect(encodeDelta(value, neighbour)).toEqual({
      f: { name: { v: 'Shop, edited' }, items: { i: [{ v: { id: 'c', size: 3 } }, 0] }, nested: { f: { keep: 0, n: { v: 2 } } } },
    });
    expect(encodeDelta(neighbour, neighbour)).toBe(0);
  });

  it('decode to an equal value that shares the unchanged parts with the neighbour', () => {
    const reused = new Set<unknown>();
    const decoded = decodeDelta(JSON.parse(JSON.stringify(encodeDelta(value, neighbour))), neighbour, reused) as typeof value;
    expect(decoded).toEqual(value);
    expect(decoded.items[1]).toBe(unchanged);
    expect(decoded.nested.keep).toBe(neighbour.nested.keep);
    expect(reused).toEqual(new Set([unchanged, neighbour.nested.keep]));
  });

  it('survive JSON (the pagehide copy): a field set to undefined is left out', () => {
    const withUndefined = { ...value, note: undefined };
    const delta = JSON.parse(JSON.stringify(encodeDelta(withUndefined, { ...neighbour, note: 'was here' })));
    expect(decodeDelta(delta, neighbour, new Set())).toEqual(value);
  });

  it('refuse a delta that does not fit the neighbour (damaged storage)', () => {
    expect(() => decodeDelta({ i: [7] }, neighbour.items, new Set())).toThrow('names no item');
    expect(() => decodeDelta({ f: {} }, 'text', new Set())).toThrow('does not fit');
    expect(() => decodeDelta('garbage', neighbour, new Set())).toThrow('not a history delta');
  });

  it('keep a `__proto__` key a plain own key, never a prototype', () => {
    const decoded = decodeDelta(JSON.parse('{"f":{"__proto__":{"v":{"polluted":true}}}}'), {}, new Set()) as Record<string, unknown>;
    expect(Object.hasOwn(decoded, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('put the reused parts back into a parsed copy', () => {
    const reused = new Set<unknown>();
    const decoded = decodeDelta(encodeDelta(value, neighbour), neighbour, reused);
    const parsed = structuredClone(decoded) as typeof value;
    const shared = shareReused(parsed, decoded, reused);
    expect(shared).toEqual(value);
    expect(shared.items[1]).toBe(unchanged);
    expect(shared.items[0]).toBe(parsed.items[0]);
  });
});
