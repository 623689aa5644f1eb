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
import { createWorkerPool, poolSizeFor, sweepOnPool, type EngineWorkerApi, type WorkerPool } from '../src/worker';
import { formatBenchRows } from './formatBenchRows';
import { percentile } from './percentile';
import { syntheticScenario } from './syntheticScenario';

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

const scenario = syntheticScenario(1000, 42);
let curveId = 0;

/** Wall-clock ms of one sweep on `pool`: to its first chunk, and to its end. */
async function timedSweep(pool: WorkerPool<Remote<EngineWorkerApi>>): Promise<{ firstChunk: number; whole: number; points: number }> {
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

const rows: string[][] = [['load sweep, 100 points × 1 000 components, as the app runs it', 'first chunk', 'whole curve', 'target']];
const cores = availableParallelism();
for (const size of [...new Set([1, poolSizeFor(cores)])]) {
  const { pool, stop } = threadPool(size);
  try {
    // The first sweep starts the threads and compiles their engine code: not what an edit pays.
    await timedSweep(pool);
    const runs: Array<{ firstChunk: number; whole: number; points: number }> = [];
    for (let i = 0; i < 3; i += 1) runs.push(await timedSweep(pool));
    if (runs.some((run) => run.points !== 100)) throw new Error('a sweep did not deliver 100 points');
    const ms = (values: number[]) => `${percentile(values, 0.5).toFixed(0)} ms`;
    rows.push([`  ${size} worker${size === 1 ? '' : 's'} (${cores} cores)`, ms(runs.map((run) => run.firstChunk)), ms(runs.map((run) => run.whole)), 'first chunk ≤ 150 ms, whole ≤ 1500 ms']);
  } finally {
    await stop();
  }
}
console.log(formatBenchRows(rows));
console.log('median of 3 sweeps, each a new curve (planned afresh by every worker); first chunk = 8 points delivered.');
