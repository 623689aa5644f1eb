import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random';
import { EventHeap } from './eventHeap';

describe('EventHeap', () => {
  it('pops 10 000 random events in time order, growing from a capacity of 2', () => {
    const rng = createRandomStream(4);
    const heap = new EventHeap(2);
    const times = Array.from({ length: 10_000 }, () => rng.nextOpenUnit() * 100);
    times.forEach((t, i) => heap.push(t, i));
    const popped: number[] = [];
    while (heap.size > 0) {
      const payload = heap.pop();
      expect(times[payload]).toBe(heap.lastTime);
      popped.push(heap.lastTime);
    }
    expect(popped).toEqual([...times].sort((a, b) => a - b));
  });

  it('breaks ties by insertion order (FIFO), also when interleaved with other times', () => {
    const heap = new EventHeap();
    [5, 1, 5, 3, 5, 1].forEach((t, i) => heap.push(t, i));
    const order = Array.from({ length: 6 }, () => heap.pop());
    expect(order).toEqual([1, 5, 3, 0, 2, 4]);
  });

  it('interleaving pushes and pops (the hold model), pops what a sorted list of the pending events would, ties included', () => {
    const rng = createRandomStream(5);
    const heap = new EventHeap(2);
    const pending: Array<{ time: number; order: number; payload: number }> = [];
    let order = 0;
    const push = (time: number, payload: number) => {
      heap.push(time, payload);
      pending.push({ time, order: order++, payload });
    };
    for (let i = 0; i < 500; i += 1) push(Math.floor(rng.nextOpenUnit() * 50), i);
    for (let i = 0; i < 3_000; i += 1) {
      pending.sort((a, b) => a.time - b.time || a.order - b.order);
      const expected = pending.shift();
      expect([heap.pop(), heap.lastTime]).toEqual([expected?.payload, expected?.time]);
      push(heap.lastTime + Math.floor(rng.nextOpenUnit() * 20), i);
    }
  });

  it('replaces the earliest event (the hold operation) as a pop then a push would, ties included', () => {
    const rng = createRandomStream(6);
    const heap = new EventHeap(2);
    const pending: Array<{ time: number; order: number; payload: number }> = [];
    let order = 0;
    const schedule = (time: number, payload: number) => pending.push({ time, order: order++, payload });
    for (let i = 0; i < 300; i += 1) {
      const time = Math.floor(rng.nextOpenUnit() * 50);
      heap.push(time, i);
      schedule(time, i);
    }
    for (let i = 0; i < 3_000; i += 1) {
      pending.sort((a, b) => a.time - b.time || a.order - b.order);
      const expected = pending.shift();
      expect(heap.peekPayload()).toBe(expected?.payload);
      const time = heap.peekTime() + Math.floor(rng.nextOpenUnit() * 20);
      expect([heap.replaceTop(time, 1000 + i), heap.lastTime]).toEqual([expected?.payload, expected?.time]);
      schedule(time, 1000 + i);
    }
    expect(heap.size).toBe(300);
  });

  it('reports the earliest pending time, Infinity when empty', () => {
    const heap = new EventHeap();
    expect(heap.peekTime()).toBe(Number.POSITIVE_INFINITY);
    heap.push(7, 0);
    heap.push(2, 1);
    expect(heap.peekTime()).toBe(2);
  });
});
