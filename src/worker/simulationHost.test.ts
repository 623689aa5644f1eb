import { describe, expect, it } from 'vitest';
import type { SimulationWindow } from '../engine';
import { createExampleScenario } from '../model';
import { createSimulationHost } from './simulationHost';

const request = { id: 1, scenario: createExampleScenario(), seconds: 12, seed: 2, failures: [{ target: 'zone-b', atSeconds: 4, repairAtSeconds: null }], simulatedSecondsPerSecond: null };

describe('simulation host', () => {
  it('streams one window per simulated second with the totals so far, then reports done', async () => {
    const host = createSimulationHost();
    const windows: SimulationWindow[] = [];
    const progress: number[] = [];
    const outcome = await host.simulate(request, (chunk, { simulatedSeconds }) => {
      windows.push(...chunk);
      progress.push(simulatedSeconds);
    });
    expect(windows.map((w) => w.startSeconds)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(progress.at(-1)).toBe(12);
    expect(outcome.kind).toBe('done');
    expect(windows[6]?.states['app-b']).toBe('down');
  });

  it('stops between chunks when cancelled while the caller handles a chunk', async () => {
    const host = createSimulationHost();
    let chunks = 0;
    const outcome = await host.simulate({ ...request, id: 7 }, () => {
      chunks += 1;
      if (chunks === 3) host.cancelSimulation(7);
    });
    expect(chunks).toBe(3);
    expect(outcome).toMatchObject({ kind: 'cancelled', totals: { simulatedSeconds: 3 } });
  });

  it('holds a paced run back to its pace: at 400 simulated s per s, chunk k waits until k × 2.5 ms', async () => {
    const sleeps: number[] = [];
    const host = createSimulationHost(() => 0, async (ms) => void sleeps.push(ms));
    await host.simulate({ ...request, simulatedSecondsPerSecond: 400 }, () => undefined);
    expect(sleeps).toEqual(Array.from({ length: 12 }, (_, k) => (k + 1) * 2.5));
  });

  it('names an unknown failure target in a failed outcome', async () => {
    const outcome = await createSimulationHost().simulate({ ...request, failures: [{ target: 'nowhere', atSeconds: 1, repairAtSeconds: null }] }, () => undefined);
    expect(outcome).toEqual({ kind: 'failed', message: 'The simulation stopped: unknown failure target "nowhere": use a component, zone, region or provider id' });
  });
});
