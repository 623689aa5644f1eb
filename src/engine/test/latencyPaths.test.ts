import { describe, expect, it } from 'vitest';
import { createComponent, parseScenario, type Scenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { callEdge, constantCompute, smallScenario } from './smallScenario';

function latencyOf(scenario: Scenario) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return evaluatePerformance(compileScenario(parsed.scenario)).latency.byPopulation.users;
}

/** Users → app (zone a, 10 ms) → cache (zone a, 1 ms, 80 % hits) and, on a miss, → db (zone b, 5 ms). No load, so no queueing. */
function cachedPath(newConnectionFraction = 0): Scenario {
  const cache = { ...createComponent('cache', 'cache', 'cache', 'zone-a'), hitRatio: 0.8, serviceTimeMs: 1, serviceTimeCv: 0 };
  const db = { ...createComponent('database', 'db', 'db', 'zone-b'), serviceTimeMs: 5, serviceTimeCv: 0 };
  const scenario = smallScenario(
    [constantCompute('app', 'zone-a', 10), cache, db],
    [callEdge('e-users-app', 'users', 'app'), callEdge('e-app-cache', 'app', 'cache', { appliesTo: 'reads' }), callEdge('e-app-db', 'app', 'db')],
  );
  return { ...scenario, clients: scenario.clients.map((client) => ({ ...client, newConnectionFraction })) };
}

describe('latency of a hand-computed path', () => {
  it('adds last mile, RTTs and service times, with the cache as a hit/miss mixture', () => {
    // Users at eu-west-1 → app: last mile 15 (fixed, docs/sources.md §1.7) + same region 0.5 = 15.5 ms.
    // App 10. Cache same zone: 0.2 + 1 = 1.2. Hit (80 %): 15.5 + 10 + 1.2 = 26.7 ms.
    // Miss (20 %): + db cross-zone 1 + 5 = 6 → 32.7 ms. Mean = 26.7 + 0.2 × 6 = 27.9 ms.
    const latency = latencyOf(cachedPath());
    // Both paths are fixed delays: atoms of the distribution, so its percentiles are exactly them.
    expect(latency?.meanMs).toBeCloseTo(27.9, 6);
    expect(latency?.p50Ms).toBeCloseTo(26.7, 9);
    expect(latency?.p95Ms).toBeCloseTo(32.7, 9);
    expect(latency?.saturated).toBe(false);
  });

  it('adds TCP + TLS 1.3 handshakes (2 RTT of the client leg) on new connections', () => {
    // Half the requests open a connection: + 2 × 15.5 = 31 ms, so the mean rises by 15.5 ms. Four
    // atoms: 26.7 (0.4), 32.7 (0.1), 57.7 (0.4), 63.7 (0.1); F reaches 0.5 at 32.7 and 0.95 at 63.7.
    const latency = latencyOf(cachedPath(0.5));
    expect(latency?.meanMs).toBeCloseTo(27.9 + 15.5, 6);
    expect(latency?.p50Ms).toBeCloseTo(32.7, 9);
    expect(latency?.p95Ms).toBeCloseTo(63.7, 9);
  });

  it('waits for the slowest call of a parallel group', () => {
    // app (10) calls b (zone b: 1 + 4) and c (zone c: 1 + 7) in parallel: 15.5 + 10 + max(5, 8) = 33.5 ms.
    const scenario = smallScenario(
      [constantCompute('app', 'zone-a', 10), constantCompute('b', 'zone-b', 4), constantCompute('c', 'zone-c', 7)],
      [callEdge('e-u', 'users', 'app'), callEdge('e-b', 'app', 'b', { parallelGroup: 'fan' }), callEdge('e-c', 'app', 'c', { parallelGroup: 'fan' })],
    );
    expect(latencyOf(scenario)?.meanMs).toBeCloseTo(33.5, 6);
  });

  it('repeats calls: callsPerRequest 2.5 is 2 or 3 calls, mean 2.5', () => {
    // 15.5 + 10 + 2.5 × (cross-zone 1 + 4) = 38 ms.
    const scenario = smallScenario([constantCompute('app', 'zone-a', 10), constantCompute('b', 'zone-b', 4)], [callEdge('e-u', 'users', 'app'), callEdge('e-b', 'app', 'b', { callsPerRequest: 2.5 })]);
    expect(latencyOf(scenario)?.meanMs).toBeCloseTo(38, 6);
  });
});

describe('quorum latency', () => {
  function quorumScenario(w: number, serviceTimeCv: number): Scenario {
    const db = {
      ...createComponent('database', 'db', 'db', 'zone-a'),
      model: 'leaderless' as const,
      replicaGroupIds: ['region-us', 'region-ap'],
      quorum: { n: 3, r: 1, w },
      serviceTimeMs: 2,
      serviceTimeCv,
    };
    return smallScenario([constantCompute('app', 'zone-a', 10), db], [callEdge('e-u', 'users', 'app'), callEdge('e-db', 'app', 'db')], {
      workload: { requestsPerSecond: 0, readFraction: 0, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    });
  }

  it('waits for the W-th fastest copy: W = 2 over eu-west-1, us-east-1, ap-southeast-2 costs the transatlantic RTT', () => {
    // Copies answer after RTT(app → copy) + 2 ms: same zone 0.2 + 2 = 2.2; eu-west-1 → us-east-1
    // (cloudping p50 ≈ 70 ms) + 2; eu-west-1 → ap-southeast-2 ≈ 256 + 2. W = 2 waits for us-east-1.
    const w2 = latencyOf(quorumScenario(2, 0));
    const w1 = latencyOf(quorumScenario(1, 0));
    const w3 = latencyOf(quorumScenario(3, 0));
    expect((w1?.meanMs ?? 0) - 25.5).toBeCloseTo(2.2, 6);
    expect((w2?.meanMs ?? 0) - 25.5).toBeGreaterThan(68);
    expect((w2?.meanMs ?? 0) - 25.5).toBeLessThan(75);
    expect((w3?.meanMs ?? 0) - 25.5).toBeGreaterThan(250);
  });

  it('matches the order statistic of exponential copies: 2nd of 3 with F = 1 − e^{−t/2} has P(≤ t) = 3F² − 2F³', () => {
    // Same-zone copies only: each answers after 0.2 ms + Exp(mean 2 ms). Path constant 15.5 + 10 + 0.2.
    const scenario = quorumScenario(2, 1);
    const local: Scenario = {
      ...scenario,
      components: scenario.components.map((c) => (c.kind === 'database' ? { ...c, replicaGroupIds: ['zone-a', 'zone-a'] } : c)),
    };
    const latency = latencyOf(local);
    const quantile = (q: number) => {
      let lo = 0;
      let hi = 100;
      for (let i = 0; i < 100; i += 1) {
        const mid = (lo + hi) / 2;
        const f = 1 - Math.exp(-mid / 2);
        if (3 * f * f - 2 * f ** 3 < q) lo = mid;
        else hi = mid;
      }
      return lo;
    };
    for (const [q, value] of [[0.5, latency?.p50Ms], [0.95, latency?.p95Ms], [0.99, latency?.p99Ms]] as const) {
      expect(Math.abs((value ?? 0) - 25.7 - quantile(q)) / quantile(q)).toBeLessThan(0.01);
    }
    // E[X(2:3)] = 2 × (1/3 + 1/2) = 5/3 ms.
    expect((latency?.meanMs ?? 0) - 25.7).toBeCloseTo(5 / 3, 2);
  });
});

describe('saturation', () => {
  it('reports a saturated path as saturated with the load where it starts, never a finite latency', () => {
    // app: 2 instances × 64 concurrency / 10 ms = 12,800 requests/s at most.
    const scenario = smallScenario([constantCompute('app', 'zone-a', 10)], [callEdge('e-u', 'users', 'app')], {
      workload: { requestsPerSecond: 20_000, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    });
    const latency = latencyOf(scenario);
    expect(latency?.saturated).toBe(true);
    expect(latency?.p99Ms).toBe(Number.POSITIVE_INFINITY);
    expect(latency?.saturatesAtRequestsPerSecond).toBeCloseTo(12_800, 6);
  });
});
