import { describe, expect, it } from 'vitest';
import { availabilityParameters, compileAvailability, compileScenario, evaluate, evaluateAvailability, failureProcessesOf, simulateAvailability } from '..';
import { createComponent, type Component, type Scenario } from '../../model';
import { loadTemplate, templateFiles } from './templateFixtures';
import { callEdge, smallScenario } from './smallScenario';

/** Everything fails every ~200 h and is repaired in ~2 h (U ≈ 1 %), so a run sees thousands of failures. */
const often = { source: 'mtbf', mtbfHours: 200, mttrHours: 2 } as const;

function frequentlyFailing(scenario: Scenario): Scenario {
  return {
    ...scenario,
    groups: scenario.groups.map((g) => ({ ...g, availability: often })),
    components: scenario.components.map((c) => ({ ...c, availability: often }) as Component),
  };
}

function estimate(scenario: Scenario, hours: number) {
  const compiled = compileAvailability(scenario);
  const parameters = availabilityParameters(compiled, scenario);
  const run = simulateAvailability(compileScenario(scenario), failureProcessesOf(scenario, compiled, parameters), { hours, batches: 50, seed: 11 });
  return { run, structural: evaluateAvailability(compiled, parameters).overallStructural };
}

/**
 * Long-run simulated availability against the exact (BDD) value: the exact U must lie in the simulation's
 * 95 % batch-means interval, and the interval must be tight enough to mean something (< 10 % of U).
 * Run length: 2 000 000 simulated hours (≈ 10 000 failures per process, well under a second).
 */
describe('simulated long-run availability matches the exact value', () => {
  it('a fleet needing 2 of 3 instances and a single database in two zones (no failover terms): evaluate().availability', () => {
    const scenario = frequentlyFailing(
      smallScenario(
        [{ ...createComponent('compute', 'app', 'App', 'zone-a'), instances: 3, minHealthy: 2 }, createComponent('database', 'db', 'DB', 'zone-b')],
        [callEdge('e1', 'users', 'app'), callEdge('e2', 'app', 'db')],
        { workload: { requestsPerSecond: 100, readFraction: 0.8, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } },
      ),
    );
    const report = evaluate(scenario);
    const { run } = estimate(scenario, 2_000_000);
    expect(report.availability.unavailability).toBeGreaterThan(0.02);
    expect(run.failures).toBeGreaterThan(50_000);
    expect(run.confidenceInterval95[0]).toBeLessThanOrEqual(report.availability.unavailability);
    expect(run.confidenceInterval95[1]).toBeGreaterThanOrEqual(report.availability.unavailability);
    expect(run.standardError * 1.96).toBeLessThan(0.1 * report.availability.unavailability);
  });

  it('a load balancer over two zonal fleets and a primary/replica database: the structural unavailability', () => {
    const scenario = frequentlyFailing(
      smallScenario(
        [
          createComponent('loadBalancer', 'lb', 'LB', 'region'),
          { ...createComponent('compute', 'app-a', 'App a', 'zone-a'), instances: 2, minHealthy: 1 },
          { ...createComponent('compute', 'app-b', 'App b', 'zone-b'), instances: 2, minHealthy: 1 },
          { ...createComponent('database', 'db', 'DB', 'zone-a'), model: 'primaryReplica', replicaGroupIds: ['zone-b'] },
        ],
        [callEdge('e1', 'users', 'lb'), callEdge('e2', 'lb', 'app-a'), callEdge('e3', 'lb', 'app-b'), callEdge('e4', 'app-a', 'db'), callEdge('e5', 'app-b', 'db')],
        { workload: { requestsPerSecond: 100, readFraction: 0.8, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } },
      ),
    );
    const { run, structural } = estimate(scenario, 2_000_000);
    expect(run.confidenceInterval95[0]).toBeLessThanOrEqual(structural);
    expect(run.confidenceInterval95[1]).toBeGreaterThanOrEqual(structural);
    expect(run.standardError * 1.96).toBeLessThan(0.1 * structural);
  });

  it('every template: CDN hits that need no origin, quorum databases (a majority of three across two regions), failover routers', () => {
    // 13 comparisons: each within 3.3 standard errors (99.9 %), so that one seed is not a coin flip across them.
    for (const file of templateFiles()) {
      const { run, structural } = estimate(frequentlyFailing(loadTemplate(file)), 1_000_000);
      expect(Math.abs(run.unavailability - structural), file).toBeLessThan(3.3 * run.standardError);
      expect(run.standardError * 1.96, file).toBeLessThan(0.1 * structural);
    }
  });
});
