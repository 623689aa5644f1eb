import { describe, expect, it } from 'vitest';
import { createComponent, parseScenario, type Component } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { exponentialWait } from '../queueing/conditionalWait';
import { callEdge, smallScenario } from '../test/smallScenario';
import { p99Contributions, stationVisitMoments, visitedMoments } from './p99Contributions';

/** One instance, one server, exponential 10 ms service: an M/M/1 station (μ = 0.1 / ms). */
function mm1(id: string): Component {
  return { ...createComponent('compute', id, id, 'zone-a'), instances: 1, minHealthy: 1, concurrency: 1, serviceTimeMs: 10, serviceTimeCv: 1 };
}

describe('moments of a component’s own time', () => {
  it('gives an M/M/1 station the moments of Exp(μ − λ)', () => {
    // λ = 0.05 / ms, μ = 0.1 / ms: C = ρ = 0.5, E[W | W > 0] = 1 / (μ − λ) = 20 ms; response ~ Exp(0.05): mean 20, variance 400.
    const moments = stationVisitMoments(0.5, exponentialWait(20), 10, 1);
    expect(moments.meanMs).toBeCloseTo(20, 12);
    expect(moments.varianceMs2).toBeCloseTo(400, 9);
  });

  it('counts a visit made with probability 0.3 as a Bernoulli: variance p(1 − p)·t² for a constant t', () => {
    const once = visitedMoments(0.3, { meanMs: 10, varianceMs2: 0 });
    expect(once.meanMs).toBeCloseTo(3, 12);
    expect(once.varianceMs2).toBeCloseTo(0.3 * 0.7 * 100, 12);
    expect(visitedMoments(3, { meanMs: 10, varianceMs2: 4 })).toEqual({ meanMs: 30, varianceMs2: 12 });
  });

  it('shares the tail above the mean by variance, and the terms add up to the p99', () => {
    const terms = p99Contributions(100, 40, [
      { componentId: 'a', name: 'A', meanMs: 10, varianceMs2: 100 },
      { componentId: 'b', name: 'B', meanMs: 20, varianceMs2: 300 },
    ]);
    // Tail 60 ms: A gets 10 + 60 × ¼ = 25, B 20 + 60 × ¾ = 65, the network the rest of the mean: 40 − 30 = 10.
    expect(terms.map((term) => [term.elementId, term.value])).toEqual([
      ['a', 25],
      ['b', 65],
      [undefined, 10],
    ]);
  });
});

describe('p99 breakdown of a hand-computed path', () => {
  // Users (eu-west-1, last mile 15 ms) → a (zone a, +0.5 ms same region) → b (same zone, +0.2 ms), both
  // M/M/1 at ρ = 0.5 (50 requests/s, 10 ms): latency = 15.7 ms + Erlang-2 of rate 0.05 / ms.
  // Erlang-2 p99: e^(−x)(1 + x) = 0.01 at x = 6.638352, so p99 = 15.7 + 20 × 6.638352 = 148.467 ms;
  // mean 15.7 + 40 = 55.7 ms. Each station gets 20 + (148.467 − 55.7) / 2 = 66.383 ms; the network 15.7.
  const parsed = parseScenario(
    smallScenario([mm1('a'), mm1('b')], [callEdge('e-u', 'users', 'a'), callEdge('e-ab', 'a', 'b')], {
      workload: { requestsPerSecond: 50, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  const figure = evaluatePerformance(compileScenario(parsed.scenario)).latency.byPopulation.users;
  const term = (id: string | undefined) => figure?.p99Breakdown.find((t) => t.elementId === id)?.value ?? Number.NaN;

  it('reports the Erlang-2 p99 and the exact mean', () => {
    expect(Math.abs((figure?.p99Ms ?? 0) / 148.467 - 1)).toBeLessThan(0.01);
    expect(figure?.meanMs).toBeCloseTo(55.7, 4); // exact but for the tail mass the circular grid wraps (≈ 1e-5 ms)
  });

  it('splits it into the two stations and the network', () => {
    expect(Math.abs(term('a') / 66.383 - 1)).toBeLessThan(0.01);
    expect(term('a')).toBeCloseTo(term('b'), 9);
    expect(term(undefined)).toBeCloseTo(15.7, 4);
    expect(term('a') + term('b') + term(undefined)).toBeCloseTo(figure?.p99Ms ?? Number.NaN, 9);
  });
});
