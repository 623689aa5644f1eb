import type { SweepChunkListener, SweepWorker } from './pooledSweep';
import type { SweepOutcome, SweepRequest } from './protocol';
import type { WorkerPool } from './workerPool';

/**
 * `sweepOnPool`, its module loaded with the first sweep: the chunk dispatch serves only the compare
 * view's sweeps, so it stays out of the first screen's JavaScript (SPEC §6: initial JavaScript ≤ 250 kB).
 */
export async function sweepOnPoolOnDemand(pool: WorkerPool<SweepWorker>, request: SweepRequest, onChunk: SweepChunkListener, signal: AbortSignal): Promise<SweepOutcome> {
  const { sweepOnPool } = await import('./pooledSweep');
  return sweepOnPool(pool, request, onChunk, signal);
}
