import { describe, expect, it } from 'vitest';
import { createClient, createComponent, parseScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { callEdge, smallScenario } from '../test/smallScenario';

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
