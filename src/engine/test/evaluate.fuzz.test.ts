import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createComponent, maxConcurrency, maxFleetSize } from '../../model';
import { evaluate } from '../evaluate';
import { validScenario } from './randomScenario';
import { reportNumberProblems } from './reportNumbers';
import { callEdge, constantCompute, smallScenario } from './smallScenario';

const seed = 9_4_2026;

describe('evaluate on random valid scenarios (fast-check, fixed seed)', () => {
  it('never throws; every number is finite, or unbounded with a meaning (saturation, ∞ nines), never NaN (numRuns 150)', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        expect(reportNumberProblems(evaluate(scenario))).toEqual([]);
      }),
      { seed, numRuns: 150 },
    );
  }, 30_000); // ~3 s alone; the default 5 s is too tight beside the other suites on two cores
});

describe('found by fuzzing', () => {
  it('a DNS drawn inside a region answers like a global one (it gave a NaN mean and a negative p50)', () => {
    const lb = createComponent('loadBalancer', 'lb', 'lb', 'region');
    const app = constantCompute('app', 'zone-a', 10);
    const latencyWithDnsIn = (groupId: string | null) => {
      const dns = { ...createComponent('dns', 'dns', 'dns', groupId), lookupMs: 5 };
      const scenario = smallScenario([dns, lb, app], [callEdge('e-u', 'users', 'dns'), callEdge('e-lb', 'dns', 'lb'), callEdge('e-app', 'lb', 'app')]);
      return evaluate({ ...scenario, clients: scenario.clients.map((client) => ({ ...client, newConnectionFraction: 0.3 })) }).latency.byPopulation.users;
    };
    const placed = latencyWithDnsIn('region');
    expect(placed?.meanMs).toBeGreaterThan(10);
    expect(placed?.p50Ms).toBeGreaterThan(10);
    expect(placed).toEqual(latencyWithDnsIn(null));
  });

  it('so does a DNS reached through an anycast global LB drawn inside a region (the same NaN)', () => {
    const latencyWithGlobalLbIn = (groupId: string | null) => {
      const globalLb = createComponent('globalLb', 'glb', 'glb', groupId);
      const dns = createComponent('dns', 'dns', 'dns');
      const lb = createComponent('loadBalancer', 'lb', 'lb', 'region');
      const edges = [callEdge('e-u', 'users', 'glb'), callEdge('e-dns', 'glb', 'dns'), callEdge('e-lb', 'dns', 'lb'), callEdge('e-app', 'lb', 'app')];
      return evaluate(smallScenario([globalLb, dns, lb, constantCompute('app', 'zone-a', 10)], edges)).latency.byPopulation.users;
    };
    const placed = latencyWithGlobalLbIn('region');
    expect(placed?.meanMs).toBeGreaterThan(10);
    expect(placed).toEqual(latencyWithGlobalLbIn(null));
  });

  it('a fleet at the size and concurrency limits evaluates in well under a second (1e15 instances hung)', () => {
    const app = { ...constantCompute('app', 'zone-a', 10), instances: maxFleetSize, minHealthy: maxFleetSize / 2, concurrency: maxConcurrency };
    const scenario = smallScenario([app], [callEdge('e-u', 'users', 'app')], { workload: { requestsPerSecond: 1e9, readFraction: 1, payloadKbIn: 1, payloadKbOut: 1, peakFactor: 2 } });
    const started = performance.now();
    expect(reportNumberProblems(evaluate(scenario))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
