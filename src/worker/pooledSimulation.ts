import { proxy } from 'comlink';
import { describeError } from '../model';
import type { SimulationChunkListener, SimulationOutcome, SimulationRequest } from './protocol';
import type { WorkerPool } from './workerPool';

/** What a chaos run asks of a pool worker (`EngineWorkerApi`'s methods, made promises by comlink). */
export interface SimulationWorker {
  simulate(request: SimulationRequest, onChunk: SimulationChunkListener): Promise<SimulationOutcome>;
  cancelSimulation(id: number): Promise<void>;
}

/**
 * Runs a chaos simulation on one of the pool's workers, streaming its windows to `onChunk`. The run is
 * not split: it is a single replication whose windows follow one another in simulated time (each
 * starts from the queues, failures and breakers the one before left), so no part of it is
 * independent of the rest; the pool only finds it a worker, leaving the others to sweeps. Aborting
 * `signal` takes a run still waiting for a worker off the queue, or tells the worker running it to
 * stop after its current chunk.
 */
export async function simulateOnPool(pool: WorkerPool<SimulationWorker>, request: SimulationRequest, onChunk: SimulationChunkListener, signal: AbortSignal): Promise<SimulationOutcome> {
  try {
    return await pool.run((worker) => {
      // A worker that died cannot be told; the run's own call then fails and says so.
      const stop = () => void worker.cancelSimulation(request.id).catch(() => {});
      signal.addEventListener('abort', stop, { once: true });
      return worker.simulate(request, proxy(onChunk)).finally(() => signal.removeEventListener('abort', stop));
    }, signal);
  } catch (error) {
    return signal.aborted ? { kind: 'cancelled', totals: null } : { kind: 'failed', message: `The worker running the simulation stopped answering: ${describeError(error)}` };
  }
}
