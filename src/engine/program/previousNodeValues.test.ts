import { describe, expect, it } from 'vitest';
import type { LatencyProgram } from './latencyProgram';
import { PreviousNodeValues } from './previousNodeValues';

/** Three nodes of one instruction each: node 0 reads scalar 0, node 1 scalar 1, node 2 reads nodes 0 and 1. */
const program = {
  nodeCount: 3,
  nodeStart: Int32Array.of(0, 1, 2, 3),
  nodeScalarStart: Int32Array.of(0, 1, 2, 2),
  nodeScalars: Int32Array.of(0, 1),
  nodeChildStart: Int32Array.of(0, 0, 0, 2),
  nodeChildren: Int32Array.of(0, 1),
} as unknown as LatencyProgram;

interface Value {
  name: string;
}

describe('PreviousNodeValues', () => {
  it('gives a node back its previous value only when its scalars and children are back to what it was computed from', () => {
    const released: number[] = [];
    const release = (slot: number) => released.push(slot);
    const memory = new PreviousNodeValues<Value>(program);
    memory.reset(8);
    const a = { name: 'a at 1' };
    const values: Array<Value | null> = [a, { name: 'b' }, null];
    memory.computed(0, Float64Array.of(1, 5), values);
    // Scalar 0 moves to 2: nothing to take back; a (slot 10) is kept as node 0's previous value.
    expect(memory.exchange(0, { value: a, slot: 10 }, Float64Array.of(2, 5), values, release)).toBeNull();
    const a2 = { name: 'a at 2' };
    values[0] = a2;
    memory.computed(0, Float64Array.of(2, 5), values);
    // Back to 1: a comes back with its slot, and a2 (slot 11) becomes the previous value.
    expect(memory.exchange(0, { value: a2, slot: 11 }, Float64Array.of(1, 5), values, release)).toEqual({ value: a, slot: 10, inputs: expect.anything() });
    // A third value of the scalar: a2 is not it, so its slot is released.
    expect(memory.exchange(0, { value: a, slot: 10 }, Float64Array.of(3, 5), values, release)).toBeNull();
    expect(released).toEqual([11]);
  });

  it('compares children by value object, and NaN scalars as equal', () => {
    const memory = new PreviousNodeValues<Value>(program);
    memory.reset(8);
    const children: Array<Value | null> = [{ name: 'x' }, { name: 'y' }, { name: 'sum' }];
    memory.computed(2, Float64Array.of(Number.NaN, Number.NaN), children);
    memory.exchange(2, { value: children[2] ?? null, slot: 3 }, Float64Array.of(Number.NaN, Number.NaN), children, () => undefined);
    const sameContents: Array<Value | null> = [{ name: 'x' }, children[1] ?? null, null];
    expect(memory.exchange(2, { value: null, slot: -1 }, Float64Array.of(Number.NaN, Number.NaN), sameContents, () => undefined)).toBeNull();
    const memory2 = new PreviousNodeValues<Value>(program);
    memory2.reset(8);
    memory2.computed(2, Float64Array.of(Number.NaN, 0), children);
    memory2.exchange(2, { value: children[2] ?? null, slot: 3 }, Float64Array.of(0, 0), children, () => undefined);
    expect(memory2.exchange(2, { value: null, slot: -1 }, Float64Array.of(Number.NaN, 0), children, () => undefined)?.value).toBe(children[2]);
  });

  it('keeps at most `capacity` previous values, releasing the oldest, and releases a value whose inputs it does not know', () => {
    const released: number[] = [];
    const release = (slot: number) => released.push(slot);
    const memory = new PreviousNodeValues<Value>(program);
    memory.reset(1);
    const values: Array<Value | null> = [{ name: 'a' }, { name: 'b' }, null];
    memory.computed(0, Float64Array.of(1, 1), values);
    memory.computed(1, Float64Array.of(1, 1), values);
    memory.exchange(0, { value: values[0] ?? null, slot: 20 }, Float64Array.of(2, 1), values, release);
    memory.exchange(1, { value: values[1] ?? null, slot: 21 }, Float64Array.of(2, 2), values, release);
    expect(released).toEqual([20]);
    // Node 2 was never computed here: what it holds is released, not kept.
    memory.exchange(2, { value: null, slot: 22 }, Float64Array.of(2, 2), values, release);
    expect(released).toEqual([20, 22]);
    memory.reset(4, release);
    expect(released).toEqual([20, 22, 21]);
  });
});
