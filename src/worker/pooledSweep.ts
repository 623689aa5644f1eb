import type { SweepPoint } from '../engine';
import { describeError, type Scenario } from '../model';
import type { SweepOutcome, SweepOutline, SweepPlanRequest, SweepRequest } from './protocol';
import { createChunkFeed, type ChunkFeed } from './chunkFeed';
import { diffScenario } from './scenarioPatch';
import { sweepChunks } from './sweepChunks';
import type { WorkerPool } from './workerPool';

/** Receives a sweep's points in `sweepChunks` order (the preview first), each time with every chunk that is in; the sweep waits for it before delivering more. */
export type SweepChunkListener = (xLabel: string, points: SweepPoint[]) => void | Promise<void>;

/** What a sweep asks of a pool worker (`EngineWorkerApi`'s methods, made promises by comlink). */
export interface SweepWorker {
  sweepOutline(request: SweepPlanRequest): Promise<SweepOutline | null | 'needsFull'>;
  sweepPoints(id: number, values: number[]): Promise<SweepPoint[] | null>;
}

/** The curve each worker was last sent, by id with its design: the next curve goes to it as a patch on that design (a restarted worker is another remote, and gets the whole document). */
const lastSentTo = new WeakMap<SweepWorker, { id: number; scenario: Scenario }>();

/** Has `worker` plan `request`'s curve, sending its design as a patch on the last one the worker was sent, or whole when it has none or holds another. */
async function outlineOn(worker: SweepWorker, { scenario, ...request }: SweepRequest): Promise<SweepOutline | null> {
  const sent = lastSentTo.get(worker);
  lastSentTo.set(worker, { id: request.id, scenario });
  const whole = () => worker.sweepOutline({ ...request, document: { kind: 'full', scenario } });
  const outline = sent ? await worker.sweepOutline({ ...request, document: { kind: 'patch', baseId: sent.id, patch: diffScenario(sent.scenario, scenario) } }) : await whole();
  if (outline !== 'needsFull') return outline;
  const again = await whole();
  if (again === 'needsFull') throw new Error('a worker asked for the whole document it was sent');
  return again;
}

interface OutlinedCurve {
  xLabel: string;
  feed: ChunkFeed;
}

/**
 * Runs a sweep on the pool. Each worker the pool gives this sweep plans the curve (the scenario
 * crosses to it once, as a patch on the last curve's design it holds), then is kept fed with the
 * next chunks in `sweepChunks` order, a spread preview first (`createChunkFeed`: the next chunk
 * already waits in its queue as it computes one, so it never idles between two; first come, first
 * served, so a worker slowed by other work takes fewer). A worker goes back to the pool between
 * chunks when another job waits for one. Chunks are delivered in order, each as soon as it and every
 * chunk before it are in. Every point is evaluated on its own by the same engine code, so the points
 * are those of one worker running the whole sweep. Aborting `signal` sends no more chunks and
 * delivers no more (those sent finish unseen); the first chunk that fails stops the rest and names the error.
 */
export async function sweepOnPool(pool: WorkerPool<SweepWorker>, request: SweepRequest, onChunk: SweepChunkListener, signal: AbortSignal): Promise<SweepOutcome> {
  const ended = new AbortController();
  const stopped = AbortSignal.any([signal, ended.signal]);
  /** Workers sent this curve (a restarted worker is another remote, and holds nothing). */
  const planned = new WeakSet<SweepWorker>();
  const pointsOn = async (worker: SweepWorker, values: number[]) => {
    const points = await worker.sweepPoints(request.id, values);
    if (points) return points;
    // Another curve took this one's place in the worker meanwhile: plan it again.
    await outlineOn(worker, request);
    const again = await worker.sweepPoints(request.id, values);
    if (!again) throw new Error('a worker lost the curve as soon as it planned it');
    return again;
  };
  /** The curve as the first worker to plan it outlined it (every worker outlines the same), and its chunks. */
  let curve: OutlinedCurve | null = null;
  let outlined: (outline: SweepOutline | null) => void = () => {};
  let failed: (error: unknown) => void = () => {};
  const firstOutlined = new Promise<OutlinedCurve | null>((resolve, reject) => {
    outlined = (outline) => {
      curve ??= outline && { xLabel: outline.xLabel, feed: createChunkFeed(sweepChunks(outline.values, pool.size), stopped) };
      resolve(curve);
    };
    failed = (error) => {
      reject(error);
      curve?.feed.stop(error);
      ended.abort();
    };
  });
  firstOutlined.catch(() => {});
  stopped.addEventListener('abort', () => failed(stopped.reason), { once: true });
  /** This sweep's own tasks waiting for a worker: any more waiting are other jobs, to which a worker is handed back. */
  let leasesWaiting = 0;
  const handBack = () => pool.waiting > leasesWaiting;
  const lease = () => {
    let started = false;
    leasesWaiting += 1;
    pool
      .run(async (worker) => {
        started = true;
        leasesWaiting -= 1;
        if (curve?.feed.unsent === 0) return;
        if (!planned.has(worker)) {
          outlined(await outlineOn(worker, request));
          planned.add(worker);
        }
        const feed = curve?.feed;
        if (!feed) return;
        await feed.feed((values) => pointsOn(worker, values), handBack);
        // Handed back to another job: queue behind it for the chunks left.
        if (feed.unsent > 0) lease();
      }, stopped)
      .catch((error: unknown) => {
        if (started) failed(error);
        else leasesWaiting -= 1;
      });
  };
  try {
    for (let i = 0; i < pool.size; i += 1) lease();
    const outlinedCurve = await firstOutlined;
    if (!outlinedCurve) return { kind: 'nothingToSweep' };
    const { xLabel, feed } = outlinedCurve;
    for (let points = await feed.take(); points; points = await feed.take()) await onChunk(xLabel, points);
    return signal.aborted ? { kind: 'cancelled' } : { kind: 'done' };
  } catch (error) {
    return signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: `The sweep stopped: ${describeError(error)}` };
  } finally {
    ended.abort();
  }
}
