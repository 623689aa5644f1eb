// The load sweep of SPEC §6 as the app runs it: `sweepOnPoolOnDemand` sharing chunks among worker threads that
// run the app's engine host (through comlink, as the browser's pool does), one per core. Each sweep is
// a new curve after an edit: every worker is sent the scenario and plans it (after a parameter edit
// from the model it kept, `createSweepPlanner`; after a structural edit, compiling afresh).
// Timed: the whole curve, and its first 8 points on screen (the spread preview, `sweepChunks`).
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../src/model';
import { createWorkerPool, poolSizeFor, sweepOnPoolOnDemand, type WorkerPool } from '../src/worker';
import { parameterEdit, structuralEdit } from './designEdits';
import { formatBenchRows } from './formatBenchRows';
import { percentile } from './percentile';
import { sharedClockMs, timedSweepWorker, workerTimeline, type LoggedSweepHost, type TimedSweepWorker, type WorkerTimeline } from './sweepTimeline';
import { syntheticScenario } from './syntheticScenario';
import { threadCpuMs } from './threadCpu';
import { ratioText, reportTarget } from './targetRows';

/** A pool of `size` worker threads, each running `sweepPoolWorker` (bundled beside this file by `npm run bench`), their sweep calls timed. */
function threadPool(size: number): { pool: WorkerPool<TimedSweepWorker>; workers: TimedSweepWorker[]; stop: () => Promise<void> } {
  const threads: Worker[] = [];
  const workers: TimedSweepWorker[] = [];
  const pool = createWorkerPool<TimedSweepWorker>(size, (crashed) => {
    const thread = new Worker(new URL('./sweepPoolWorker.mjs', import.meta.url));
    thread.on('error', (error) => crashed(String(error)));
    threads.push(thread);
    const worker = timedSweepWorker(wrap<LoggedSweepHost>(nodeEndpoint(thread)));
    workers.push(worker);
    return { remote: worker, terminate: () => void thread.terminate() };
  });
  return { pool, workers, stop: async () => void (await Promise.all(threads.map((thread) => thread.terminate()))) };
}

// Chunks waiting for a free worker each listen for the sweep's abort: 16 of them for 100 points,
// past Node's leak warning at 10 (browsers do not warn).
setMaxListeners(32);

let curveId = 0;

/** Points on screen by the time the "first points" of a sweep are timed (SPEC §6). */
const firstPoints = 8;

/** CPU ms this process (the main thread and its worker threads) has used: a measure that load on the machine hardly changes. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface TimedSweep {
  /** Wall-clock ms to the first 8 points delivered, and to the end. */
  firstEight: number;
  whole: number;
  /** CPU ms of every thread, for the whole sweep, and of it the main thread's (NaN off Linux). */
  cpu: number;
  mainCpu: number;
  points: number;
  /** Where each worker's wall time went. */
  timelines: WorkerTimeline[];
}

type ThreadPool = ReturnType<typeof threadPool>;

/** One sweep of `scenario` on `pool`, timed. */
async function timedSweep({ pool, workers }: ThreadPool, scenario: Scenario): Promise<TimedSweep> {
  for (const worker of workers) worker.calls.length = 0;
  const startCpu = cpuMs();
  const startMainCpu = threadCpuMs();
  const startMs = sharedClockMs();
  let firstEight = Number.NaN;
  let points = 0;
  curveId += 1;
  const outcome = await sweepOnPoolOnDemand(pool, { id: curveId, scenario, kind: 'load', points: 100 }, (_, chunk) => {
    points += chunk.length;
    if (points >= firstPoints && Number.isNaN(firstEight)) firstEight = sharedClockMs() - startMs;
  }, new AbortController().signal);
  const endMs = sharedClockMs();
  const cpu = cpuMs() - startCpu;
  const mainCpu = threadCpuMs() - startMainCpu;
  if (outcome.kind !== 'done') throw new Error(`sweep ended ${outcome.kind}`);
  const timelines = await Promise.all(workers.map(async (worker) => workerTimeline(worker.calls, await worker.takeSweepLog(), startMs, endMs)));
  return { firstEight, whole: endMs - startMs, cpu, mainCpu, points, timelines };
}

const rows: string[][] = [['load sweep, 100 points, as the app runs it', 'first 8 points', 'whole curve', 'CPU, all threads', 'workers', 'main', 'other threads', 'target']];
const timelineRows: string[][] = [['where the median sweep’s wall time went', 'planning', 'points (chunks)', 'computing', 'messages', 'idle (at the end)', 'thread CPU', 'per point']];
const cores = availableParallelism();
const poolSize = poolSizeFor(cores);
/** Medians (ms) of 3 sweeps, each of the design after edit `edit(scenario, i)`, and the timelines of the sweep of median whole time. */
async function medianSweep(pool: ThreadPool, scenario: Scenario, edit: (scenario: Scenario, i: number) => Scenario): Promise<Omit<TimedSweep, 'points'>> {
  const runs: TimedSweep[] = [];
  for (let i = 0; i < 3; i += 1) runs.push(await timedSweep(pool, edit(scenario, i)));
  if (runs.some((run) => run.points !== 100)) throw new Error('a sweep did not deliver 100 points');
  const median = (of: (run: TimedSweep) => number) => percentile(runs.map(of), 0.5);
  const { timelines } = [...runs].sort((a, b) => a.whole - b.whole)[1] as TimedSweep;
  return { firstEight: median((run) => run.firstEight), whole: median((run) => run.whole), cpu: median((run) => run.cpu), mainCpu: median((run) => run.mainCpu), timelines };
}

const msText = (ms: number) => `${ms.toFixed(0)} ms`;

/** The sweep's row in `rows`, and its and timeline rows per worker. */
function report(name: string, sweep: Omit<TimedSweep, 'points'>, target: string) {
  const workersCpu = sweep.timelines.reduce((sum, timeline) => sum + timeline.threadCpuMs, 0);
  rows.push([`  ${name}`, msText(sweep.firstEight), msText(sweep.whole), msText(sweep.cpu), msText(workersCpu), msText(sweep.mainCpu), msText(sweep.cpu - workersCpu - sweep.mainCpu), target]);
  sweep.timelines.forEach((timeline, i) =>
    timelineRows.push([`  ${name}, worker ${i + 1}`, msText(timeline.planMs), `${timeline.points} (${timeline.chunks})`, msText(timeline.pointsMs), msText(timeline.messagesMs), `${msText(timeline.idleMs)} (${msText(timeline.idleAtEndMs)})`, msText(timeline.threadCpuMs), `${(timeline.threadCpuMs / timeline.points).toFixed(1)} ms`]),
  );
}

/** Untimed sweeps of 100 components before the settled ones: then every worker has computed at least 300 points. */
const settlingSweeps = 6;

/** Median first 8 points and whole curve (ms) after a parameter edit, per pool size, per design size. */
const medians = new Map<string, { firstEight: number; whole: number }>();
for (const components of [1000, 100]) {
  const scenario = syntheticScenario(components, 42);
  for (const size of [...new Set([1, poolSize])]) {
    const pool = threadPool(size);
    const workers = `${size} worker${size === 1 ? '' : 's'} (${cores} cores)`;
    try {
      // The first sweep starts the threads, and V8 compiles their engine code for the first time, each
      // worker its own: not what an edit pays, but what a person's first sweep on a fresh pool meets.
      report(`${components} components, ${workers}, first sweep of a fresh pool (1 run)`, await timedSweep(pool, scenario), '');
      const median = await medianSweep(pool, scenario, parameterEdit);
      medians.set(`${components}×${size}`, median);
      const target = components === 1000 ? 'first 8 ≤ 150 ms, whole ≤ 1500 ms' : 'whole ≤ 150 ms';
      report(`${components} components, ${workers}`, median, target);
      if (components === 1000 && size === poolSize) {
        const structural = await medianSweep(pool, scenario, structuralEdit);
        report(`${components} components, ${workers}, after a structural edit`, structural, '');
      }
      if (components === 100) {
        // V8 still optimizes each worker's code over its first ~200 points: beside the target's sweeps
        // (after one sweep), the same sweeps once every worker has settled, to tell compiling from computing.
        for (let i = 0; i < settlingSweeps; i += 1) await timedSweep(pool, parameterEdit(scenario, 3 + i));
        // Edits of the next round of 16: values no sweep before had.
        const settled = await medianSweep(pool, scenario, (design, i) => parameterEdit(design, 16 + i));
        report(`${components} components, ${workers}, after ${settlingSweeps + 4} sweeps (code settled)`, settled, '');
      }
    } finally {
      await pool.stop();
    }
  }
}
console.log(formatBenchRows(rows));
console.log('median of 3 sweeps, each a new curve after a parameter edit (unless said), sent to and planned by every worker; first 8 points = the spread preview delivered.');
console.log('CPU = user + system time of every thread of the process during the sweep: on a loaded machine, wall clock is up to load ÷ cores times it; of it the worker threads’, the main');
console.log('thread’s and the other threads’ (V8’s: optimizing compilers, which tier up each worker’s engine code on their own, and concurrent GC), from Linux’s per-thread counts.');
console.log(`\n${formatBenchRows(timelineRows)}`);
console.log('wall ms per worker, from the sweep’s start to its last point: planning and computing points inside the worker; messages = the rest of each call (cloning the scenario,');
console.log('values and points, posting, waiting for the thread to be scheduled); idle = no call outstanding (at the end: after its last answer, while the others finish);');
console.log('thread CPU = CPU the worker’s thread ran during the sweep (all of it: planning, points, messages), per point = ÷ its points.');

// The closing table: the pool against one worker of the same run.
const onPool = (components: number) => medians.get(`${components}×${poolSize}`) ?? { firstEight: Number.NaN, whole: Number.NaN };
const oneWorker = (components: number) => medians.get(`${components}×1`) ?? { firstEight: Number.NaN, whole: Number.NaN };
const sweepTarget = (target: string, measuredMs: number, baselineMs: number, limitMs: number) =>
  reportTarget({ target, measured: `${measuredMs.toFixed(0)} ms`, baseline: `${baselineMs.toFixed(0)} ms on 1 worker`, ratio: ratioText(measuredMs, baselineMs), met: measuredMs <= limitMs });
sweepTarget(`sweep 100 loads × 1 000 components on the pool (${poolSize} workers), first 8 points ≤ 150 ms`, onPool(1000).firstEight, oneWorker(1000).firstEight, 150);
sweepTarget(`sweep 100 loads × 1 000 components on the pool (${poolSize} workers), whole curve ≤ 1500 ms`, onPool(1000).whole, oneWorker(1000).whole, 1500);
sweepTarget(`sweep 100 loads × 100 components on the pool (${poolSize} workers), whole curve ≤ 150 ms`, onPool(100).whole, oneWorker(100).whole, 150);
