import { describe, expect, it } from 'vitest';
import { planSweep, type SweepPoint } from '../engine';
import { createExampleScenario } from '../model';
import { chunksPerWorker } from './chunkFeed';
import { createCompareHost } from './compareHost';
import { sweepOnPool, type SweepWorker } from './pooledSweep';
import { sweepChunks } from './sweepChunks';
import { deferred, fakePoolWorkers, type FakeWorker } from './test/fakePoolWorkers';
import { createWorkerPool } from './workerPool';

const example = createExampleScenario();
const request = { id: 1, scenario: example, kind: 'load' as const, points: 40 };
const values = planSweep(example, 'load', 40)?.values ?? [];
/** The first value of each chunk, in the order they go out to a pool of `workers`, which names it. */
const chunkStartsOn = (workers: number) => sweepChunks(values, workers).map((chunk) => chunk[0] ?? Number.NaN);

/**
 * A pool whose workers each run their own real compare host, as real workers do. Before a chunk is
 * computed, `before` may hold it back or throw; `started` and `finished` name chunks by first value.
 */
function hostPool(size: number, before: (worker: FakeWorker, chunkStart: number, finished: number[]) => Promise<void> = async () => {}) {
  const started: number[] = [];
  const finished: number[] = [];
  /** Each worker's number, each time it was sent a scenario to plan, and how the scenario came ('full' or 'patch'). */
  const outlines: number[] = [];
  const documents: string[] = [];
  /** Workers that lose what they hold before their next outline, as if their host started afresh. */
  const forgetful = new Set<number>();
  const { start } = fakePoolWorkers((worker): SweepWorker => {
    let host = createCompareHost();
    return {
      sweepOutline: async (sweep) => {
        outlines.push(worker.number);
        documents.push(sweep.document.kind);
        if (forgetful.delete(worker.number)) host = createCompareHost();
        return host.sweepOutline(sweep);
      },
      async sweepPoints(id, chunk) {
        const chunkStart = chunk[0] ?? Number.NaN;
        started.push(chunkStart);
        await before(worker, chunkStart, finished);
        finished.push(chunkStart);
        return host.sweepPoints(id, chunk);
      },
    };
  });
  return { pool: createWorkerPool(size, start), started, finished, outlines, documents, forgetful };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const collect = () => {
  const delivered: SweepPoint[][] = [];
  return { delivered, onChunk: (_xLabel: string, points: SweepPoint[]) => void delivered.push(points) };
};

describe('a sweep on the pool', () => {
  it('gives the points of one worker running the whole sweep, the spread preview first, though the chunks finish out of order', async () => {
    const chunkStarts = chunkStartsOn(3);
    const { pool, finished, outlines } = hostPool(3, async (_worker, chunkStart, done) => {
      if (chunkStart === chunkStarts[0]) while (done.length < chunkStarts.length - 1) await sleep(1);
    });
    const delivered: SweepPoint[][] = [];
    const outcome = await sweepOnPool(pool, request, (xLabel, points) => {
      expect(xLabel).toBe('requests/s');
      delivered.push(points);
    }, new AbortController().signal);
    const plan = planSweep(example, 'load', 40);
    expect(outcome).toEqual({ kind: 'done' });
    expect(finished.at(-1)).toBe(chunkStarts[0]);
    expect(delivered.flat()).toEqual(plan?.run(sweepChunks(values, 3).flat()));
    // The first chunk held back the others, which came with it, all at once.
    expect(delivered).toHaveLength(1);
    // The scenario went to each of the three workers once, as they all planned the curve at the start.
    expect([...outlines].sort()).toEqual([1, 2, 3]);
  });

  it('delivers each chunk as soon as it and those before it are in', async () => {
    const chunkStarts = chunkStartsOn(2);
    const { pool } = hostPool(2, async (_worker, chunkStart, done) => {
      // Each chunk waits for the one before it, as if the workers took turns.
      const before = chunkStarts[chunkStarts.indexOf(chunkStart) - 1];
      if (before !== undefined) while (!done.includes(before)) await sleep(1);
    });
    const { delivered, onChunk } = collect();
    expect(await sweepOnPool(pool, request, onChunk, new AbortController().signal)).toEqual({ kind: 'done' });
    expect(delivered.map((points) => points[0]?.x)).toEqual(chunkStarts);
  });

  it('a worker whose plan another curve replaced plans this one again: two sweeps at once on one worker give their own points', async () => {
    const { pool, outlines } = hostPool(1);
    const busier = { ...example, workload: { ...example.workload, requestsPerSecond: 5000 } };
    const other = { ...request, id: 2, scenario: busier, kind: 'hitRatio' as const, points: 12 };
    const first = collect();
    const second = collect();
    const outcomes = await Promise.all([sweepOnPool(pool, request, first.onChunk, new AbortController().signal), sweepOnPool(pool, other, second.onChunk, new AbortController().signal)]);
    expect(outcomes).toEqual([{ kind: 'done' }, { kind: 'done' }]);
    const otherPlan = planSweep(busier, 'hitRatio', 12);
    expect(first.delivered.flat()).toEqual(planSweep(example, 'load', 40)?.run(sweepChunks(values, 1).flat()));
    expect(second.delivered.flat()).toEqual(otherPlan?.run(sweepChunks(otherPlan.values, 1).flat()));
    // Their chunks took turns on the one worker: each turn back to the other curve planned it again.
    expect(outlines.length).toBeGreaterThan(2);
  });

  it('hands its worker back between chunks to another job waiting for it, then goes on', async () => {
    const chunkStarts = chunkStartsOn(1);
    const order: string[] = [];
    const { pool } = hostPool(1, async (_worker, chunkStart) => {
      order.push(`chunk at ${chunkStart}`);
      if (chunkStart === chunkStarts[0]) void pool.run(async () => void order.push('other job'));
    });
    const { delivered, onChunk } = collect();
    expect(await sweepOnPool(pool, request, onChunk, new AbortController().signal)).toEqual({ kind: 'done' });
    // The other job came while the worker computed the first chunk: it ran once that was answered, before the next was sent.
    expect(order.slice(0, 3)).toEqual([`chunk at ${chunkStarts[0]}`, 'other job', `chunk at ${chunkStarts[1]}`]);
    expect(delivered.flat()).toEqual(planSweep(example, 'load', 40)?.run(sweepChunks(values, 1).flat()));
  });

  it('sends the next curve’s design to each worker as a patch on the last one it planned, and its points are those of that design planned afresh', async () => {
    const { pool, documents, forgetful } = hostPool(2);
    const edited = { ...example, components: example.components.map((c) => (c.kind === 'compute' ? { ...c, instances: c.instances + 1 } : c)) };
    await sweepOnPool(pool, request, () => {}, new AbortController().signal);
    expect(documents).toEqual(['full', 'full']);
    const afterEdit = collect();
    expect(await sweepOnPool(pool, { ...request, id: 2, scenario: edited }, afterEdit.onChunk, new AbortController().signal)).toEqual({ kind: 'done' });
    expect(documents.slice(2)).toEqual(['patch', 'patch']);
    const plan = planSweep(edited, 'load', 40);
    expect(afterEdit.delivered.flat()).toEqual(plan?.run(sweepChunks(plan.values, 2).flat()));
    // A worker that holds another design asks for the whole document, and gets it.
    forgetful.add(1);
    const again = collect();
    expect(await sweepOnPool(pool, { ...request, id: 3 }, again.onChunk, new AbortController().signal)).toEqual({ kind: 'done' });
    expect(documents.slice(4).sort()).toEqual(['full', 'patch', 'patch']);
    expect(again.delivered.flat()).toEqual(planSweep(example, 'load', 40)?.run(sweepChunks(values, 2).flat()));
  });

  it('stops on cancel: nothing is delivered after it, and no chunk is sent after it', async () => {
    const chunkStarts = chunkStartsOn(2);
    const controller = new AbortController();
    const released = deferred<void>();
    const sentAfterCancel: number[] = [];
    const { pool } = hostPool(2, async (_worker, chunkStart) => {
      if (controller.signal.aborted) sentAfterCancel.push(chunkStart);
      if (chunkStart !== chunkStarts[0]) await released.promise;
    });
    const { delivered, onChunk } = collect();
    const outcome = await sweepOnPool(pool, request, (xLabel, points) => {
      onChunk(xLabel, points);
      controller.abort();
    }, controller.signal);
    released.resolve();
    await sleep(10);
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(delivered.map((points) => points[0]?.x)).toEqual([chunkStarts[0]]);
    expect(sentAfterCancel).toEqual([]);
  });

  it('stops at the first chunk that fails, delivering those before it and naming the error', async () => {
    const chunkStarts = chunkStartsOn(1);
    const { pool, started } = hostPool(1, async (worker, chunkStart) => {
      if (chunkStart !== chunkStarts[2]) return;
      worker.crash('Uncaught Error: out of memory');
      throw new Error('Uncaught Error: out of memory');
    });
    const { delivered, onChunk } = collect();
    const outcome = await sweepOnPool(pool, request, onChunk, new AbortController().signal);
    expect(outcome).toEqual({ kind: 'failed', message: 'The sweep stopped: Uncaught Error: out of memory' });
    expect(delivered.flat()).toEqual(planSweep(example, 'load', 40)?.run(sweepChunks(values, 1).slice(0, 2).flat()));
    // Only the chunk the worker held beside the failing one had been sent.
    expect(started).toEqual(chunkStarts.slice(0, 2 + chunksPerWorker));
  });

  it('says when a scenario has nothing to sweep', async () => {
    const noDatabase = { ...example, components: example.components.filter((c) => c.kind !== 'database'), edges: example.edges.filter((e) => e.to !== 'db') };
    const { pool } = hostPool(2);
    expect(await sweepOnPool(pool, { ...request, scenario: noDatabase, kind: 'replicas' }, () => {}, new AbortController().signal)).toEqual({ kind: 'nothingToSweep' });
  });
});
