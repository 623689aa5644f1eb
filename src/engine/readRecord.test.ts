import { describe, expect, it } from 'vitest';
import { keptWhileReadsHold, readDerived, readsHold, recordReads, type ReadsMemo } from './readRecord';

interface Item {
  id: string;
  size: number;
  tags?: string[];
}
interface Input {
  items: Item[];
  label: string;
  table: Float64Array;
}

const input: Input = {
  items: [
    { id: 'a', size: 1 },
    { id: 'b', size: 2, tags: ['x'] },
  ],
  label: 'not read',
  table: Float64Array.of(1, 2),
};

/** A computation that reads the ids, one size, whether an item has tags and the table. */
const compute = (value: Input) => ({ ids: value.items.map((item) => item.id).join(','), first: value.items[0]?.size, tagged: value.items.filter((item) => 'tags' in item).length, total: value.table[0] });

describe('recordReads and readsHold', () => {
  const { result, record } = recordReads(input, compute);

  it('returns what the computation returns on the input itself', () => {
    expect(result).toEqual(compute(input));
  });

  it('holds for the same input, and for a copy that changes only what was not read', () => {
    expect(readsHold(record, input)).toBe(true);
    expect(readsHold(record, { ...input, label: 'renamed', items: [...input.items] })).toBe(true);
    expect(readsHold(record, { ...input, items: [input.items[0], { ...input.items[1], size: 5 }] })).toBe(true);
  });

  it('fails for a change of a value read, of an array length, of a key tested with in, or of a typed array', () => {
    expect(readsHold(record, { ...input, items: [{ ...input.items[0], size: 3 }, input.items[1]] })).toBe(false);
    expect(readsHold(record, { ...input, items: [input.items[0], { ...input.items[1], id: 'c' }] })).toBe(false);
    expect(readsHold(record, { ...input, items: [...input.items, { id: 'c', size: 1 }] })).toBe(false);
    expect(readsHold(record, { ...input, items: [{ ...input.items[0], tags: [] }, input.items[1]] })).toBe(false);
    expect(readsHold(record, { ...input, table: Float64Array.of(7, 2) })).toBe(false);
  });

  it('answers by value whatever inputs were checked before (a held input stands for the recorded one)', () => {
    const { record: moved } = recordReads(input, compute);
    const copy = { ...input, items: input.items.map((item) => ({ ...item })) };
    expect(readsHold(moved, copy)).toBe(true);
    expect(readsHold(moved, { ...copy, items: [{ ...input.items[0], size: 3 }, input.items[1]] })).toBe(false);
    expect(readsHold(moved, input)).toBe(true);
    expect(readsHold(moved, { ...copy, items: [copy.items[0], { ...input.items[1], id: 'c' }] })).toBe(false);
    expect(readsHold(moved, copy)).toBe(true);
  });

  it('compares a typed array by content, not identity', () => {
    expect(readsHold(record, { ...input, table: Float64Array.of(1, 2) })).toBe(true);
  });

  it('notes key listings', () => {
    const listed = recordReads({ a: 1 } as Record<string, number>, (value) => Object.keys(value).length).record;
    expect(readsHold(listed, { a: 2 })).toBe(true);
    expect(readsHold(listed, { a: 1, b: 1 })).toBe(false);
  });

  it('reads frozen objects through (their children compared as wholes) and refuses writes', () => {
    const frozen = Object.freeze({ inner: Object.freeze({ n: 1 }) });
    const { result: n, record: frozenRecord } = recordReads(frozen, (value) => value.inner.n);
    expect(n).toBe(1);
    expect(readsHold(frozenRecord, { inner: { n: 1 } })).toBe(true);
    expect(readsHold(frozenRecord, { inner: { n: 2 } })).toBe(false);
    expect(() => recordReads({ n: 1 }, (value) => (value.n = 2))).toThrow(TypeError);
  });

  it('records a derived value as one read, whatever fields it reads, and reads an object met again through the same node', () => {
    const bigger = (item: Item) => item.size > 1;
    const { result, record: derivedRecord } = recordReads(input, (value) => [readDerived(value.items[0] as Item, bigger), value.items[0] === value.items[0]]);
    expect(result).toEqual([false, true]);
    expect(readsHold(derivedRecord, { ...input, items: [{ ...input.items[0], size: 0 }, input.items[1]] })).toBe(true);
    expect(readsHold(derivedRecord, { ...input, items: [{ ...input.items[0], size: 2 }, input.items[1]] })).toBe(false);
    expect(readDerived(input.items[0] as Item, bigger)).toBe(false);
  });
});

// An array's check looks only at the elements that are not its held target's (`changedIndices`, one
// diff per pair of arrays, shared by every record): each case below changes what one record read, or
// what it did not, in an array another record's check has just compared.
describe('readsHold on an array copied with a few elements changed', () => {
  const items: Item[] = Array.from({ length: 6 }, (_, i) => ({ id: `i${i}`, size: i }));
  const readsFirst = (value: Item[]) => value[0]?.size;
  const readsSizes = (value: Item[]) => value.map((item) => item.size).join(',');
  const testsFifth = (value: Item[]) => 4 in value;
  const changed = (array: Item[], index: number, item: Item | undefined) => array.map((x, i) => (i === index ? item : x)) as Item[];

  it('tells a changed element read from one not read, for records checked one after the other against the same arrays', () => {
    const first = recordReads(items, readsFirst).record;
    const sizes = recordReads(items, readsSizes).record;
    const otherSize = changed(items, 3, { id: 'i3', size: 30 });
    expect(readsHold(first, otherSize)).toBe(true);
    expect(readsHold(sizes, otherSize)).toBe(false);
    const renamed = changed(items, 3, { id: 'renamed', size: 3 });
    expect(readsHold(sizes, renamed)).toBe(true);
    expect(readsHold(first, renamed)).toBe(true);
    expect(readsHold(first, changed(renamed, 0, { id: 'i0', size: 7 }))).toBe(false);
  });

  it('diffs an array against each record’s own held array: one moved on by an edit the other has not seen', () => {
    const first = recordReads(items, readsFirst).record;
    const sizes = recordReads(items, readsSizes).record;
    const bigger = changed(items, 2, { id: 'i2', size: 20 });
    expect(readsHold(first, bigger)).toBe(true);
    const next = changed(bigger, 5, { id: 'i5', size: 5 });
    expect(readsHold(first, next)).toBe(true);
    expect(readsHold(sizes, next)).toBe(false);
  });

  it('compares with the latest array found to hold, not the recorded one: an element set back is a change too', () => {
    const sizes = recordReads(items, readsSizes).record;
    const moved = changed(items, 2, { id: 'i2', size: 2 });
    expect(readsHold(sizes, moved)).toBe(true);
    const setBack = changed(moved, 2, { id: 'i2', size: 20 });
    expect(readsHold(sizes, setBack)).toBe(false);
    expect(readsHold(sizes, changed(moved, 5, { id: 'i5', size: 5 }))).toBe(true);
  });

  it('checks the length and `in` tests: a longer array, a hole where an element was, an undefined element', () => {
    const fifth = recordReads(items, testsFifth).record;
    const sizes = recordReads(items, readsSizes).record;
    expect(readsHold(sizes, [...items, { id: 'i6', size: 6 }])).toBe(false);
    const holed = [...items];
    delete holed[4];
    expect(readsHold(fifth, holed)).toBe(false);
    expect(readsHold(fifth, changed(items, 4, undefined))).toBe(true);
    expect(readsHold(sizes, changed(items, 4, undefined))).toBe(false);
    const sparse = recordReads(holed, testsFifth).record;
    expect(readsHold(sparse, [...holed])).toBe(false);
  });
});

describe('keptWhileReadsHold', () => {
  it('keeps the result while what it read holds, computes afresh when it changed, and keeps the new one', () => {
    const memo: ReadsMemo<ReturnType<typeof compute>> = {};
    let runs = 0;
    const counted = (value: Input) => {
      runs += 1;
      return compute(value);
    };
    const first = keptWhileReadsHold(memo, input, counted);
    expect(first).toEqual(compute(input));
    expect(keptWhileReadsHold(memo, { ...input, label: 'renamed' }, counted)).toBe(first);
    expect(runs).toBe(1);
    const resized: Input = { ...input, items: [{ id: 'a', size: 9 }, ...input.items.slice(1)] };
    const second = keptWhileReadsHold(memo, resized, counted);
    expect(second).toEqual(compute(resized));
    expect(keptWhileReadsHold(memo, { ...resized }, counted)).toBe(second);
    expect(keptWhileReadsHold(memo, input, counted)).toEqual(first);
    expect(runs).toBe(3);
  });
});
