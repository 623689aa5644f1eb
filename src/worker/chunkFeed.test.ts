import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '../engine';
import { chunksPerWorker, createChunkFeed } from './chunkFeed';
import { deferred } from './test/fakePoolWorkers';

const pointAt = (x: number): SweepPoint => ({ x, p50Ms: x, p95Ms: x, p99Ms: x, meanMs: x, saturated: false, maxUtilization: 0, monthlyUsd: 0 });

/** A worker whose chunks wait until the test answers them (by first value) or fails them. */
function heldWorker() {
  const held = new Map<number, ReturnType<typeof deferred<SweepPoint[]>>>();
  const sent: number[] = [];
  return {
    sent,
    compute: (values: number[]) => {
      const answer = deferred<SweepPoint[]>();
      held.set(values[0] ?? Number.NaN, answer);
      sent.push(values[0] ?? Number.NaN);
      return answer.promise.then(() => values.map(pointAt));
    },
    answer: (first: number) => held.get(first)?.resolve([]),
    fail: (first: number, reason: string) => held.get(first)?.reject(new Error(reason)),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const chunks = [[0], [1, 2], [3], [4], [5], [6]];
const never = () => false;

describe('a feed of sweep chunks', () => {
  it(`keeps each worker holding ${chunksPerWorker} chunks, the next sent as soon as one is answered, first come first served`, async () => {
    const feed = createChunkFeed(chunks, new AbortController().signal);
    const first = heldWorker();
    const second = heldWorker();
    const firstDone = feed.feed(first.compute, never);
    void feed.feed(second.compute, never);
    expect([first.sent, second.sent]).toEqual([[0, 1], [3, 4]]);
    second.answer(3);
    await settle();
    expect(second.sent).toEqual([3, 4, 5]);
    first.answer(1);
    await settle();
    expect(first.sent).toEqual([0, 1, 6]);
    expect(feed.unsent).toBe(0);
    for (const x of [0, 6]) first.answer(x);
    await firstDone;
  });

  it('gives the points in order, each time with every chunk answered after the one awaited', async () => {
    const feed = createChunkFeed(chunks, new AbortController().signal);
    const worker = heldWorker();
    void feed.feed(worker.compute, never);
    worker.answer(1);
    const firstTake = feed.take();
    await settle();
    worker.answer(0);
    expect((await firstTake)?.map((point) => point.x)).toEqual([0, 1, 2]);
    await settle();
    worker.answer(3);
    expect((await feed.take())?.map((point) => point.x)).toEqual([3]);
    for (const x of [4, 5, 6]) {
      worker.answer(x);
      await settle();
    }
    expect((await feed.take())?.map((point) => point.x)).toEqual([4, 5, 6]);
    expect(await feed.take()).toBeNull();
  });

  it('hands a worker back when another job waits for it, after one chunk at least', async () => {
    const feed = createChunkFeed(chunks, new AbortController().signal);
    const worker = heldWorker();
    const turn = feed.feed(worker.compute, () => true);
    expect(worker.sent).toEqual([0]);
    worker.answer(0);
    await turn;
    expect(worker.sent).toEqual([0]);
    expect(feed.unsent).toBe(chunks.length - 1);
  });

  it('stops on abort: sends no more, and fails every chunk not answered, though its worker answers later', async () => {
    const controller = new AbortController();
    const feed = createChunkFeed(chunks, controller.signal);
    const worker = heldWorker();
    const turn = feed.feed(worker.compute, never);
    worker.answer(0);
    expect((await feed.take())?.map((point) => point.x)).toEqual([0]);
    await settle();
    controller.abort(new Error('cancelled'));
    worker.answer(1);
    worker.answer(3);
    await turn;
    expect(worker.sent).toEqual([0, 1, 3]);
    await expect(feed.take()).rejects.toThrow('cancelled');
  });

  it('stops at the first chunk that fails, with its error, having delivered those before it', async () => {
    const feed = createChunkFeed(chunks, new AbortController().signal);
    const worker = heldWorker();
    const turn = feed.feed(worker.compute, never);
    worker.answer(0);
    expect((await feed.take())?.map((point) => point.x)).toEqual([0]);
    await settle();
    worker.fail(1, 'out of memory');
    await settle();
    worker.answer(3);
    await turn;
    expect(worker.sent).toEqual([0, 1, 3]);
    await expect(feed.take()).rejects.toThrow('out of memory');
  });
});
