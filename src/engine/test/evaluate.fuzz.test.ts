import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createComponent, maxConcurrency, maxFleetSize, parseScenario, type Scenario } from '../../model';
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

/** A scenario kept in test/fixtures, parsed through the one door for untrusted input. */
function fixture(file: string): Scenario {
  const parsed = parseScenario(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return parsed.scenario;
}

describe('scenarios kept as fixtures (test/fixtures)', () => {
  // The fleet saturates; before the fix u2 came out unsaturated (its request read the instruction compiled
  // just before its own, u1's empty request), with a NaN p99 breakdown, and a population of share 0 had
  // no explain terms and an unbounded saturation load.
  // Each fleet serves 800 requests/s; the design saturates at 800 ÷ the share of its callers (shares
  // sum to 1 since the schema requires it: the quiet populations keep share 0).
  it.each([
    ['share0-second-population.json', 'c4', 800 / 0.99],
    ['share0-two-quiet-populations.json', 'c0', 800],
    ['saturated-after-unconnected-population.json', 'c0', 800],
  ])('fuzz find %s: u0 and u2 call one fleet with no group, u1 calls nothing; every number finite or a marked saturation; both callers saturated at the fleet’s limit', (file, fleetId, saturatesAt) => {
    const scenario = fixture(file);
    const report = evaluate(scenario);
    expect(reportNumberProblems(report)).toEqual([]);
    const { u0, u1, u2 } = report.latency.byPopulation;
    expect(saturatesAt).toBeLessThan(scenario.workload.requestsPerSecond);
    for (const caller of [u0, u2]) {
      expect(caller?.saturated).toBe(true);
      expect(caller?.p99Ms).toBe(Number.POSITIVE_INFINITY);
      expect(caller?.saturatesAtRequestsPerSecond).toBeCloseTo(saturatesAt, 6);
      expect(caller?.explain.map((term) => [term.elementId, term.value])).toEqual([[fleetId, Number.POSITIVE_INFINITY]]);
      expect(caller?.p99Breakdown).toEqual([]);
    }
    expect(u1?.saturated).toBe(false);
    expect(u1?.meanMs).toBe(0);
    expect(u1?.p50Ms).toBe(0);
    expect(report.latency.overall.saturated).toBe(true);
  });

  it('async-worker-saturated.json: a worker behind a queue saturates, the request path does not; the population is explained by its path alone', () => {
    // users → app (M/M/1, 5 ms, ρ = 0.5 at 100 requests/s) ⇢ queue ⇢ worker (1 × 1 server, 1000 ms: ρ = 100).
    // Before the fix the worker's ∞ wait was an explain term of users and its p99 split was NaN.
    const report = evaluate(fixture('async-worker-saturated.json'));
    expect(reportNumberProblems(report)).toEqual([]);
    const users = report.latency.byPopulation.users;
    // The app answers in Exp(mean 10 ms); 15 ms last mile and 0.5 ms into zone a are constant.
    const p99Ms = 15.5 + 10 * Math.log(100);
    expect(users?.saturated).toBe(false);
    expect(users?.meanMs).toBeCloseTo(25.5, 3);
    expect(Math.abs((users?.p99Ms ?? 0) - p99Ms) / p99Ms).toBeLessThan(0.01);
    expect(users?.saturatesAtRequestsPerSecond).toBeCloseTo(200, 9);
    expect(users?.explain.map((term) => [term.elementId, term.value])).toEqual([['app', expect.closeTo(10, 9)]]);
    const split = users?.p99Breakdown ?? [];
    expect(split.map((term) => term.elementId)).toEqual(['app', undefined]);
    expect(split[0]?.value).toBeCloseTo((users?.p99Ms ?? 0) - 15.5, 3); // the app has all the tail
    expect(split[1]?.value).toBeCloseTo(15.5, 3);
    expect(split.reduce((sum, term) => sum + term.value, 0)).toBeCloseTo(users?.p99Ms ?? 0, 9);
    expect(report.latency.overall.saturated).toBe(false);
    // Capacity still shows the worker saturated, its queue growing: 100 messages/s against 1 per second.
    expect(report.capacity).toMatchObject({ saturated: true, bottleneck: 'worker', maxRequestsPerSecond: 1, utilization: { app: 0.5, worker: 100 }, loadRequestsPerSecond: { worker: 100 } });
    expect(report.warnings.map((w) => w.code)).toContain('capacity.saturated');
  });
});
