import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createComponent, parseScenario, type Scenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { callEdge, smallScenario } from './smallScenario';

function evaluateScenario(scenario: Scenario) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return evaluatePerformance(compileScenario(parsed.scenario));
}

/** Relative slack for comparing two evaluations on different grids (discretisation noise). */
const slack = 0.005;
const seed = 20_240_601;

/** A fraction or a load the schema accepts: 0, or at least 1e-9 (it refuses denormals: see numberInRange). */
const amountUpTo = (max: number) => fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max, noNaN: true }));

const appArbitrary = fc.record({
  serviceTimeMs: fc.double({ min: 1, max: 50, noNaN: true }),
  serviceTimeCv: fc.constantFrom(0, 0.5, 1, 2),
  instances: fc.integer({ min: 1, max: 4 }),
  concurrency: fc.integer({ min: 1, max: 16 }),
});

function appScenario(app: { serviceTimeMs: number; serviceTimeCv: number; instances: number; concurrency: number }, requestsPerSecond: number, database = createComponent('database', 'db', 'db', 'zone-b')): Scenario {
  return smallScenario([{ ...createComponent('compute', 'app', 'app', 'zone-a'), ...app, minHealthy: 1 }, database], [callEdge('e-u', 'users', 'app'), callEdge('e-db', 'app', 'db')], {
    workload: { requestsPerSecond, readFraction: 0.7, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
  });
}

describe('properties', () => {
  it('latency grows with load (p50, p99 and mean never fall as requests/s rise below saturation)', () => {
    fc.assert(
      fc.property(appArbitrary, amountUpTo(0.95), amountUpTo(0.95), (app, u1, u2) => {
        const capacity = evaluateScenario(appScenario(app, 1)).capacity.maxRequestsPerSecond;
        const [low, high] = [Math.min(u1, u2) * capacity, Math.max(u1, u2) * capacity];
        const a = evaluateScenario(appScenario(app, low)).latency.overall;
        const b = evaluateScenario(appScenario(app, high)).latency.overall;
        expect(b.saturated).toBe(false);
        for (const key of ['p50Ms', 'p99Ms', 'meanMs'] as const) expect(b[key]).toBeGreaterThanOrEqual(a[key] * (1 - slack));
      }),
      { seed, numRuns: 40 },
    );
  });

  it('more replicas never raise latency (same quorum sizes; reads and writes)', () => {
    const zones = ['zone-a', 'zone-b', 'zone-c', 'region-us', 'region-ap'];
    fc.assert(
      fc.property(
        appArbitrary,
        fc.constantFrom('leaderless', 'primaryReplica-sync', 'primaryReplica-async-eventual'),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.constantFrom(...zones), { minLength: 3, maxLength: 4 }),
        amountUpTo(0.8),
        (app, kind, quorum, placements, utilization) => {
          const load = utilization * evaluateScenario(appScenario(app, 1)).capacity.maxRequestsPerSecond;
          const database = (copies: number) => {
            const replicaGroupIds = placements.slice(1, copies);
            const base = { ...createComponent('database', 'db', 'db', placements[0] ?? 'zone-a'), replicaGroupIds, serviceTimeMs: 3 };
            if (kind === 'leaderless') return { ...base, model: 'leaderless' as const, quorum: { n: copies, r: quorum, w: quorum } };
            return { ...base, model: 'primaryReplica' as const, replication: kind === 'primaryReplica-sync' ? ('sync' as const) : ('async' as const), consistency: kind === 'primaryReplica-sync' ? ('strong' as const) : ('eventual' as const) };
          };
          const fewer = evaluateScenario(appScenario(app, load, database(3))).latency.overall;
          const more = evaluateScenario(appScenario(app, load, database(placements.length === 4 ? 4 : 3))).latency.overall;
          for (const key of ['p50Ms', 'p99Ms', 'meanMs'] as const) expect(more[key]).toBeLessThanOrEqual(fewer[key] * (1 + slack) + 1e-9);
        },
      ),
      { seed, numRuns: 40 },
    );
  });

  it('cost is additive over components: the parts sum to the total, and an unconnected component adds exactly its own cost', () => {
    fc.assert(
      fc.property(appArbitrary, amountUpTo(500), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 2000 }), (app, load, nodes, storageGb) => {
        const extra = [{ ...createComponent('cache', 'spare-cache', 'spare cache', 'zone-c'), nodes }, { ...createComponent('objectStorage', 'bucket', 'bucket', 'region'), storageGb }];
        const base = appScenario(app, load);
        const alone = smallScenario(extra, [], { workload: base.workload, clients: [] });
        const together: Scenario = { ...base, components: [...base.components, ...extra] };
        const costBase = evaluateScenario(base).cost;
        const costAlone = evaluateScenario(alone).cost;
        const costTogether = evaluateScenario(together).cost;
        const sum = Object.values(costTogether.byComponent).reduce((total, usd) => total + usd, 0);
        expect(sum).toBeCloseTo(costTogether.monthlyUsd, 6);
        expect(costTogether.monthlyUsd).toBeCloseTo(costBase.monthlyUsd + costAlone.monthlyUsd, 6);
      }),
      { seed, numRuns: 40 },
    );
  });
});
