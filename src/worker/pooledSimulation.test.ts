import { describe, expect, it } from 'vitest';
import type { SimulationWindow } from '../engine';
import { createExampleScenario } from '../model';
import { simulateOnPool, type SimulationWorker } from './pooledSimulation';
import { createSimulationHost } from './simulationHost';
import { deferred, fakePoolWorkers } from './test/fakePoolWorkers';
import { createWorkerPool } from './workerPool';

const request = { id: 1, scenario: createExampleScenario(), seconds: 12, seed: 2, failures: [{ target: 'zone-b', atSeconds: 4, repairAtSeconds: null }], simulatedSecondsPerSecond: null };

/** A pool of workers running the real simulation host; `simulations` counts the runs they started. */
function simulationPool(size: number) {
  const counts = { simulations: 0 };
  const { start } = fakePoolWorkers((): SimulationWorker => {
    const host = createSimulationHost();
    return {
      simulate(run, onChunk) {
        counts.simulations += 1;
        return host.simulate(run, onChunk);
      },
      cancelSimulation: async (id) => host.cancelSimulation(id),
    };
  });
  return { pool: createWorkerPool(size, start), counts };
}

describe('a chaos run on the pool', () => {
  it('streams the windows one worker computes, the same as the simulation host run directly', async () => {
    const { pool } = simulationPool(2);
    const windows: SimulationWindow[] = [];
    const outcome = await simulateOnPool(pool, request, (chunk) => void windows.push(...chunk), new AbortController().signal);
    const direct: SimulationWindow[] = [];
    const directOutcome = await createSimulationHost().simulate(request, (chunk) => void direct.push(...chunk));
    expect(outcome).toEqual(directOutcome);
    expect(windows).toEqual(direct);
  });

  it('tells the worker running it to stop when cancelled', async () => {
    const { pool } = simulationPool(2);
    const controller = new AbortController();
    let chunks = 0;
    const outcome = await simulateOnPool(pool, request, () => {
      chunks += 1;
      if (chunks === 3) controller.abort();
    }, controller.signal);
    expect(outcome).toMatchObject({ kind: 'cancelled', totals: { simulatedSeconds: 3 } });
  });

  it('never starts a run cancelled while it waited for a worker', async () => {
    const { pool, counts } = simulationPool(1);
    const busy = deferred<void>();
    const sweepChunk = pool.run(() => busy.promise);
    const controller = new AbortController();
    const waiting = simulateOnPool(pool, request, () => {}, controller.signal);
    controller.abort();
    expect(await waiting).toEqual({ kind: 'cancelled', totals: null });
    busy.resolve();
    await sweepChunk;
    expect(counts.simulations).toBe(0);
  });

  it('says the worker stopped answering when it crashed', async () => {
    const reason = 'Uncaught RangeError: Maximum call stack size exceeded';
    const { start } = fakePoolWorkers((worker): SimulationWorker => ({
      async simulate() {
        worker.crash(reason);
        throw new Error(reason);
      },
      cancelSimulation: async () => {},
    }));
    const outcome = await simulateOnPool(createWorkerPool(1, start), request, () => {}, new AbortController().signal);
    expect(outcome).toEqual({ kind: 'failed', message: `The worker running the simulation stopped answering: ${reason}` });
  });
});
