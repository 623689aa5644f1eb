import { compileScenario, createSimulation } from '../engine';
import { describeError } from '../model';
import type { EngineWorkerApi } from './protocol';

/** Simulated seconds per chunk, and events at most per chunk: each chunk is a few tens of ms of worker time at most. */
const chunkSeconds = 1;
const chunkEvents = 150_000;

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The chaos view's half of the worker: a simulation run in chunks of one simulated second, each chunk's
 * windows handed to the caller (and awaited) before the next — so the charts fill in as the run goes,
 * and a `cancelSimulation`, handled while the worker awaits the caller, stops it between chunks. With a
 * pace, the run is held back to `simulatedSecondsPerSecond` of wall time so people can watch it.
 */
export function createSimulationHost(now: () => number = () => performance.now(), sleep: (ms: number) => Promise<void> = sleepMs): Pick<EngineWorkerApi, 'simulate' | 'cancelSimulation'> {
  const cancelled = new Set<number>();
  return {
    async simulate({ id, scenario, seconds, seed, failures, simulatedSecondsPerSecond }, onChunk) {
      try {
        const simulation = createSimulation(compileScenario(scenario), { seconds, seed, failures });
        const startedMs = now();
        while (!simulation.done) {
          if (cancelled.has(id)) return { kind: 'cancelled', totals: simulation.totals() };
          const windows = simulation.step(Math.floor(simulation.nowSeconds / chunkSeconds) * chunkSeconds + chunkSeconds, chunkEvents);
          await onChunk(windows, { simulatedSeconds: simulation.nowSeconds, totals: simulation.totals() });
          const aheadMs = simulatedSecondsPerSecond === null ? 0 : (simulation.nowSeconds / simulatedSecondsPerSecond) * 1000 - (now() - startedMs);
          if (aheadMs > 0) await sleep(aheadMs);
        }
        return { kind: 'done', totals: simulation.totals() };
      } catch (error) {
        return { kind: 'failed', message: `The simulation stopped: ${describeError(error)}` };
      } finally {
        cancelled.delete(id);
      }
    },
    cancelSimulation: (id) => void cancelled.add(id),
  };
}
