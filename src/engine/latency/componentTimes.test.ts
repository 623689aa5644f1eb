import { describe, expect, it } from 'vitest';
import { createClient, createComponent, parseScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { behindQueue, callEdge, constantCompute, replicationEdge, smallScenario } from '../test/smallScenario';

/** `users` (share 1) and `quiet` (share 0, same place) both call one M/M/1 fleet (10 ms): it saturates at 100 requests/s. */
function latencyAt(requestsPerSecond: number) {
  const app = { ...createComponent('compute', 'app', 'app', 'zone-a'), instances: 1, minHealthy: 1, concurrency: 1, serviceTimeMs: 10, serviceTimeCv: 1 };
  const users = { ...createClient('users', 'Users', 'aws:eu-west-1', 1), newConnectionFraction: 0 };
  const quiet = { ...createClient('quiet', 'Quiet', 'aws:eu-west-1', 0), newConnectionFraction: 0 };
  const parsed = parseScenario(
    smallScenario([app], [callEdge('e-users', 'users', 'app'), callEdge('e-quiet', 'quiet', 'app')], {
      clients: [users, quiet],
      workload: { requestsPerSecond, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return evaluatePerformance(compileScenario(parsed.scenario)).latency.byPopulation;
}

describe('a population of share 0 is reported for the requests it would send (populationReach)', () => {
  it('at 50 requests/s (ρ = 0.5): its path’s latency, explain terms, saturation load and p99 split, as its busy twin', () => {
    const { users, quiet } = latencyAt(50);
    // M/M/1 at ρ = 0.5: response Exp(0.05 / ms), mean 20 ms, plus 15 ms last mile and 0.5 ms into zone a.
    expect(quiet?.meanMs).toBeCloseTo(35.5, 3);
    expect(quiet?.p99Ms).toBe(users?.p99Ms);
    expect(quiet?.explain).toEqual([{ label: 'app: mean wait + service per call', value: 20, unit: 'ms', elementId: 'app' }]);
    expect(quiet?.saturatesAtRequestsPerSecond).toBeCloseTo(100, 9);
    expect(quiet?.p99Breakdown).toEqual(users?.p99Breakdown);
    const appTerm = quiet?.p99Breakdown.find((term) => term.elementId === 'app')?.value ?? Number.NaN;
    expect(appTerm).toBeCloseTo((quiet?.p99Ms ?? 0) - 15.5, 3); // all the tail is the station's; the network keeps its 15.5 ms
  });

  it('at 200 requests/s: saturated like its twin, at the same finite load, explained by the same ∞ wait', () => {
    const { users, quiet } = latencyAt(200);
    expect(quiet?.saturated).toBe(true);
    expect(quiet?.saturatesAtRequestsPerSecond).toBeCloseTo(100, 9);
    expect(quiet?.explain).toEqual(users?.explain);
    expect(quiet?.explain[0]?.value).toBe(Number.POSITIVE_INFINITY);
  });
});

/**
 * users → app (constant 10 ms, ample servers) → db (2 ms) → synchronous replica `replica` in zone b
 * (M/M/1, 100 ms) and ⇢ queue ⇢ worker (M/M/1, 1000 ms); half the requests are writes, so the replica
 * takes 0.5 writes per request (saturates at 20 requests/s) and the worker 1 message (at 1 request/s).
 */
function pathAt(requestsPerSecond: number) {
  const replica = { ...createComponent('database', 'replica', 'replica', 'zone-b'), concurrency: 1, serviceTimeMs: 100, serviceTimeCv: 1 };
  const worker = { ...createComponent('compute', 'worker', 'worker', 'zone-a'), instances: 1, minHealthy: 1, concurrency: 1, serviceTimeMs: 1000, serviceTimeCv: 1 };
  const queued = behindQueue('app', worker);
  const components = [constantCompute('app', 'zone-a', 10), createComponent('database', 'db', 'db', 'zone-a'), replica, ...queued.components];
  const edges = [callEdge('e-users', 'users', 'app'), callEdge('e-db', 'app', 'db'), replicationEdge('e-replica', 'db', 'replica', 'sync'), ...queued.edges];
  const parsed = parseScenario(smallScenario(components, edges, { workload: { requestsPerSecond, readFraction: 0.5, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } }));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return evaluatePerformance(compileScenario(parsed.scenario));
}

describe('a population is explained by its request path: what the latency walk waits for', () => {
  it('at 5 requests/s the worker behind the queue saturates (capacity says so) but users do not; the synchronous replica is on their path', () => {
    const { latency, capacity } = pathAt(5);
    expect(capacity).toMatchObject({ saturated: true, bottleneck: 'worker', maxRequestsPerSecond: 1, utilization: { worker: 5, replica: 0.25 } });
    const users = latency.byPopulation.users;
    expect(users?.saturated).toBe(false);
    expect(users?.saturatesAtRequestsPerSecond).toBeCloseTo(20, 9);
    // The replica is M/M/1 at ρ = 0.25: mean response 100 / (1 − 0.25) ms.
    expect(users?.explain.map((term) => [term.elementId, term.value])).toEqual([
      ['app', 10],
      ['db', expect.closeTo(2, 6)],
      ['replica', expect.closeTo(400 / 3, 9)],
    ]);
    const split = users?.p99Breakdown ?? [];
    expect(split.map((term) => term.elementId)).toEqual(['app', 'db', 'replica', undefined]);
    expect(split[0]?.value).toBeCloseTo(10, 9); // constant: no share of the tail (it went to the app before the fix)
    expect(split[3]?.value).toBeCloseTo((users?.meanMs ?? 0) - 10 - 2 - (0.5 * 400) / 3, 3); // half the requests write to the replica
    expect(split.reduce((sum, term) => sum + term.value, 0)).toBeCloseTo(users?.p99Ms ?? 0, 9);
  });

  it('at 50 requests/s the replica saturates, and so do users, at its limit and explained by its ∞ wait', () => {
    const users = pathAt(50).latency.byPopulation.users;
    expect(users?.saturated).toBe(true);
    expect(users?.p99Ms).toBe(Number.POSITIVE_INFINITY);
    expect(users?.saturatesAtRequestsPerSecond).toBeCloseTo(20, 9);
    expect(users?.explain.find((term) => term.elementId === 'replica')?.value).toBe(Number.POSITIVE_INFINITY);
    expect(users?.explain.map((term) => term.elementId)).not.toContain('worker');
    expect(users?.p99Breakdown).toEqual([]);
  });
});
