import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { createSimulation } from './simulation';
import { maxWaitingJobs } from './unitStations';

const exampleAt = (requestsPerSecond: number) => {
  const scenario = createExampleScenario();
  return compileScenario({ ...scenario, workload: { ...scenario.workload, requestsPerSecond } });
};

const waitingAtEnd = (queueLength: Record<string, number>) => Object.values(queueLength).reduce((sum, n) => sum + n, 0);

describe('the bound on waiting jobs (maxWaitingJobs)', () => {
  it('a design far below its load (10⁶ requests/s onto a fleet that serves ~2 400) queues at most the bound and refuses the rest at once', () => {
    const simulation = createSimulation(exampleAt(1e6), { seconds: 0.1, windowSeconds: 0.1, seed: 2 });
    const [window] = simulation.step(0.1);
    const totals = simulation.totals();
    // ~100 000 arrivals in 100 ms, ~60 000 past the network by then, of which the fleet serves a few hundred:
    // without the bound all the rest would wait.
    expect(waitingAtEnd(window?.queueLength ?? {})).toBe(maxWaitingJobs);
    expect(totals.refusedVisits).toBeGreaterThan(10_000);
    expect(totals.failedRequests).toBeGreaterThanOrEqual(totals.refusedVisits);
  });

  it('leaves a design that keeps up with its load alone', () => {
    const simulation = createSimulation(exampleAt(400), { seconds: 20, seed: 2 });
    simulation.step(20);
    expect(simulation.totals().requests).toBeGreaterThan(7_000);
    expect(simulation.totals().refusedVisits).toBe(0);
  });
});
