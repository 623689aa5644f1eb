import type { SweepPoint } from '../engine';
import { describeError } from '../model';
import type { SweepOutcome, SweepOutline, SweepRequest } from './protocol';
import type { WorkerPool } from './workerPool';

/** Points per task: small enough to draw progressively and to share out among the workers, large enough to keep messages few. */
export const sweepChunkPoints = 8;

/** Receives each chunk of a sweep, in x order; the sweep waits for it before delivering the next. */
export type SweepChunkListener = (xLabel: string, points: SweepPoint[]) => void | Promise<void>;

/** What a sweep asks of a pool worker (`EngineWorkerApi`'s methods, made promises by comlink). */
export interface SweepWorker {
  sweepOutline(request: SweepRequest): Promise<SweepOutline | null>;
  sweepPoints(request: SweepRequest, values: number[]): Promise<SweepPoint[]>;
}

/**
 * Runs a sweep on the pool: one worker outlines it, then its values go out in chunks of
 * `sweepChunkPoints` to whichever workers are free, lowest x first. Each chunk is delivered as soon
 * as it and every chunk before it are in, so the curve grows in x order. Every point is evaluated
 * on its own by the same engine code, so the points, and their order, are those of one worker
 * running the whole sweep. Aborting `signal` drops the chunks not started and delivers no more (those
 * running finish unseen); the first chunk that fails stops the rest and names the error.
 */
export async function sweepOnPool(pool: WorkerPool<SweepWorker>, request: SweepRequest, onChunk: SweepChunkListener, signal: AbortSignal): Promise<SweepOutcome> {
  const ended = new AbortController();
  const stopped = AbortSignal.any([signal, ended.signal]);
  // A failed chunk ends the sweep before its worker is handed the next chunk.
  const endOnFailure = (error: unknown): never => {
    ended.abort();
    throw error;
  };
  try {
    const outline = await pool.run((worker) => worker.sweepOutline(request), stopped);
    if (!outline) return { kind: 'nothingToSweep' };
    const { xLabel, values } = outline;
    const chunks = Array.from({ length: Math.ceil(values.length / sweepChunkPoints) }, (_, i) =>
      pool.run((worker) => worker.sweepPoints(request, values.slice(i * sweepChunkPoints, (i + 1) * sweepChunkPoints)).catch(endOnFailure), stopped),
    );
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
