import type { SweepPoint } from '../engine';
import { describeError, type Scenario } from '../model';
import type { SweepOutcome, SweepOutline, SweepPlanRequest, SweepRequest } from './protocol';
import { diffScenario } from './scenarioPatch';
import { sweepChunks } from './sweepChunks';
import type { WorkerPool } from './workerPool';

/** Receives each chunk of a sweep, in `sweepChunks` order (the preview first); the sweep waits for it before delivering the next. */
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

/**
 * Runs a sweep on the pool. Every worker plans the curve at once (the scenario crosses to each worker
 * once, as a patch on the last curve's design it holds, and none plans on the way to its first points); the first plan's values then go out in
 * `sweepChunks` order, a spread preview first, to whichever workers are free (first come, first
 * served, so a worker slowed by other work takes fewer). Each chunk is
 * delivered as soon as it and every chunk before it are in. Every point is evaluated on its own by
 * the same engine code, so the points are those of one worker running the whole sweep. Aborting
 * `signal` drops the chunks not started and delivers no more (those running finish unseen); the
 * first chunk that fails stops the rest and names the error.
 */
export async function sweepOnPool(pool: WorkerPool<SweepWorker>, request: SweepRequest, onChunk: SweepChunkListener, signal: AbortSignal): Promise<SweepOutcome> {
  const ended = new AbortController();
  const stopped = AbortSignal.any([signal, ended.signal]);
  // A failed chunk ends the sweep before its worker is handed the next chunk.
  const endOnFailure = (error: unknown): never => {
    ended.abort();
    throw error;
  };
  /** Workers sent this curve (a restarted worker is another remote, and holds nothing). */
  const planned = new WeakSet<SweepWorker>();
  const planOn = async (worker: SweepWorker) => {
    const outline = await outlineOn(worker, request);
    planned.add(worker);
    return outline;
  };
  const pointsOn = async (worker: SweepWorker, values: number[]) => {
    if (!planned.has(worker)) await planOn(worker);
    const points = await worker.sweepPoints(request.id, values);
    if (points) return points;
    // Another curve took this one's place in the worker meanwhile: plan it again.
    await planOn(worker);
    const again = await worker.sweepPoints(request.id, values);
    if (!again) throw new Error('a worker lost the curve as soon as it planned it');
    return again;
  };
  try {
    const first = pool.run(planOn, stopped);
    // The other workers plan too, each on its own core, while the first one does.
    for (let i = 1; i < pool.size; i += 1) pool.run((worker) => (planned.has(worker) ? Promise.resolve(null) : planOn(worker)), stopped).catch(() => {});
    const outline = await first;
    if (!outline) return { kind: 'nothingToSweep' };
    const { xLabel, values } = outline;
    const chunks = sweepChunks(values, pool.size).map((chunk) => pool.run((worker) => pointsOn(worker, chunk).catch(endOnFailure), stopped));
    // Each chunk is awaited below, in order, unless an earlier one ends the sweep first.
    for (const chunk of chunks) chunk.catch(() => {});
    for (const chunk of chunks) {
      const points = await chunk;
      if (signal.aborted) break;
      await onChunk(xLabel, points);
    }
    return signal.aborted ? { kind: 'cancelled' } : { kind: 'done' };
  } catch (error) {
    return signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: `The sweep stopped: ${describeError(error)}` };
  } finally {
    ended.abort();
  }
}
