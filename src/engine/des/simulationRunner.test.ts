import { describe, expect, it } from 'vitest';
import { maxComponents } from '../../model/limits';
import { compileScenario } from '../compile/compileScenario';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import { callChain } from '../test/smallScenario';
import { createSimulation } from './simulation';

describe('SimulationRunner', () => {
  it('simulates requests down a chain of 5 000 calls without overflowing the stack: each takes 5 000 × 0.1 ms, 4 999 hops within a zone and the last mile', () => {
    const length = maxComponents;
    const workload = { requestsPerSecond: 2, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 };
    // Built valid, so it skips the schema's checks (the end-to-end chain through the one door is the hardening tests').
    const model = compileScenario(callChain(length, { workload }));
    const simulation = createSimulation(model, { seconds: 5, seed: 1, keepLatencies: true });
    simulation.step(5);
    const t = model.topology;
    const expectedMs =
      length * 0.1 + (length - 1) * siteRtt(t.sites[0] as Site, t.sites[1] as Site).value + (model.parameters.populationLastMileMs[0] ?? 0) + siteRtt(t.populationSites[0] as Site, t.sites[0] as Site).value;
    const latencies = Array.from(simulation.latenciesMs());
    expect(simulation.totals().failedRequests).toBe(0);
    expect(latencies.length).toBeGreaterThan(3);
    for (const latencyMs of latencies) expect(latencyMs).toBeCloseTo(expectedMs, 6);
  }, 60_000);
});
