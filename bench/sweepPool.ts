// The load sweep of SPEC §6 as the app runs it: `sweepOnPool` sharing 8-point chunks among worker
// threads that run the app's engine host (through comlink, as the browser's pool does), one per core.
// Each sweep is a new curve, as after an edit: every worker plans it (compile, capacity) and each
// chunk's request carries the scenario. Timed: the whole curve, and its first chunk on screen.
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../src/model';
import { createWorkerPool, poolSizeFor, sweepOnPool, type EngineWorkerApi, type WorkerPool } from '../src/worker';
import { formatBenchRows } from './formatBenchRows';
import { percentile } from './percentile';
import { syntheticScenario } from './syntheticScenario';
import { ratioText, reportTarget } from './targetRows';

/** A pool of `size` worker threads, each running `sweepPoolWorker` (bundled beside this file by `npm run bench`). */
function threadPool(size: number): { pool: WorkerPool<Remote<EngineWorkerApi>>; stop: () => Promise<void> } {
  const threads: Worker[] = [];
  const pool = createWorkerPool<Remote<EngineWorkerApi>>(size, (crashed) => {
    const thread = new Worker(new URL('./sweepPoolWorker.mjs', import.meta.url));
    thread.on('error', (error) => crashed(String(error)));
    threads.push(thread);
    return { remote: wrap<EngineWorkerApi>(nodeEndpoint(thread)), terminate: () => void thread.terminate() };
  });
  return { pool, stop: async () => void (await Promise.all(threads.map((thread) => thread.terminate()))) };
}

// Chunks waiting for a free worker each listen for the sweep's abort: 13 of them for 100 points,
// past Node's leak warning at 10 (browsers do not warn).
setMaxListeners(32);

let curveId = 0;

/** Wall-clock ms of one sweep of `scenario` on `pool`: to its first chunk, and to its end. */
async function timedSweep(pool: WorkerPool<Remote<EngineWorkerApi>>, scenario: Scenario): Promise<{ firstChunk: number; whole: number; points: number }> {
  const start = performance.now();
  let firstChunk = Number.NaN;
  let points = 0;
  curveId += 1;
  const outcome = await sweepOnPool(pool, { id: curveId, scenario, kind: 'load', points: 100 }, (_, chunk) => {
    if (points === 0) firstChunk = performance.now() - start;
    points += chunk.length;
  }, new AbortController().signal);
  if (outcome.kind !== 'done') throw new Error(`sweep ended ${outcome.kind}`);
  return { firstChunk, whole: performance.now() - start, points };
}

const rows: string[][] = [['load sweep, 100 points, as the app runs it', 'first chunk', 'whole curve', 'target']];
const cores = availableParallelism();
const poolSize = poolSizeFor(cores);
/** Median first chunk and whole curve (ms) per pool size, per design size. */
const medians = new Map<string, { firstChunk: number; whole: number }>();
for (const components of [1000, 100]) {
  const scenario = syntheticScenario(components, 42);
  for (const size of [...new Set([1, poolSize])]) {
    const { pool, stop } = threadPool(size);
    try {
      // The first sweep starts the threads and compiles their engine code: not what an edit pays.
      await timedSweep(pool, scenario);
      const runs: Array<{ firstChunk: number; whole: number; points: number }> = [];
      for (let i = 0; i < 3; i += 1) runs.push(await timedSweep(pool, scenario));
      if (runs.some((run) => run.points !== 100)) throw new Error('a sweep did not deliver 100 points');
      const median = { firstChunk: percentile(runs.map((run) => run.firstChunk), 0.5), whole: percentile(runs.map((run) => run.whole), 0.5) };
      medians.set(`${components}×${size}`, median);
      const target = components === 1000 ? 'first chunk ≤ 150 ms, whole ≤ 1500 ms' : 'whole ≤ 150 ms';
      rows.push([`  ${components} components, ${size} worker${size === 1 ? '' : 's'} (${cores} cores)`, `${median.firstChunk.toFixed(0)} ms`, `${median.whole.toFixed(0)} ms`, target]);
    } finally {
      await stop();
    }
  }
}
console.log(formatBenchRows(rows));
console.log('median of 3 sweeps, each a new curve (planned afresh by every worker); first chunk = 8 points delivered.');

// The closing table: the pool against one worker of the same run.
const onPool = (components: number) => medians.get(`${components}×${poolSize}`) ?? { firstChunk: Number.NaN, whole: Number.NaN };
const oneWorker = (components: number) => medians.get(`${components}×1`) ?? { firstChunk: Number.NaN, whole: Number.NaN };
const sweepTarget = (target: string, measuredMs: number, baselineMs: number, limitMs: number) =>
  reportTarget({ target, measured: `${measuredMs.toFixed(0)} ms`, baseline: `${baselineMs.toFixed(0)} ms on 1 worker`, ratio: ratioText(measuredMs, baselineMs), met: measuredMs <= limitMs });
sweepTarget(`sweep 100 loads × 1 000 components on the pool (${poolSize} workers), first 8 points ≤ 150 ms`, onPool(1000).firstChunk, oneWorker(1000).firstChunk, 150);
sweepTarget(`sweep 100 loads × 1 000 components on the pool (${poolSize} workers), whole curve ≤ 1500 ms`, onPool(1000).whole, oneWorker(1000).whole, 1500);
sweepTarget(`sweep 100 loads × 100 components on the pool (${poolSize} workers), whole curve ≤ 150 ms`, onPool(100).whole, oneWorker(100).whole, 150);
