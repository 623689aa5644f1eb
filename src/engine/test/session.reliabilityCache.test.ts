import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createComponent, createEdge, type Component, type Scenario } from '../../model';
import { evaluate } from '../evaluate';
import type { Report } from '../report';
import { createEngineSession } from '../session';
import { loadTemplate } from './templateFixtures';

const withComponent = (scenario: Scenario, id: string, patch: Partial<Component>): Scenario => ({
  ...scenario,
  components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)),
});

/** The scenario with a cache (2 nodes) beside `callerId`, which reads through it: a structural edit. */
function withCache(scenario: Scenario, callerId: string): Scenario {
  const caller = scenario.components.find((c) => c.id === callerId);
  const edge = createEdge('call', 'test-cache-edge', callerId, 'test-cache');
  const cache = { ...createComponent('cache', 'test-cache', 'Test cache', caller?.groupId ?? null), nodes: 2 };
  return { ...scenario, components: [...scenario.components, cache], edges: [...scenario.edges, edge.kind === 'call' ? { ...edge, appliesTo: 'reads' } : edge] };
}

/** Evaluates each scenario in turn in one session, checking each report against a fresh evaluation (and that it crosses to the UI thread). */
function sessionReports(scenarios: readonly Scenario[]): Report[] {
  const session = createEngineSession();
  return scenarios.map((scenario) => {
    const report = session.evaluate(scenario);
    expect(report).toEqual(evaluate(scenario));
    // The worker posts the report: no recording proxy of the scenario may be left in it.
    expect(structuredClone(report)).toEqual(report);
    return report;
  });
}

describe('engine session: the reliability sections kept while what they read holds', () => {
  it('keeps them across a service-time edit, recomputes them after a structural edit, an availability edit and back', () => {
    const base = syntheticScenario(40, 7);
    const fleet = base.components.find((c) => c.kind === 'compute' && c.groupId !== null) as Component;
    const slower = withComponent(base, fleet.id, { serviceTimeMs: 23 });
    const cached = withCache(slower, fleet.id);
    // Two of four instances: the same k-of-n structure (kept), another probability of the fleet's variable.
    const fewer = withComponent(slower, fleet.id, { instances: 2 });
    const [first, afterServiceTime, afterCache, backToSlower, afterInstances, backToBase] = sessionReports([base, slower, cached, slower, fewer, base]);
    // Nothing of availability or recovery reads this fleet's service time: the sections are the ones kept.
    expect(afterServiceTime?.recovery).toBe(first?.recovery);
    expect(afterCache?.availability.unavailability).not.toBe(afterServiceTime?.availability.unavailability);
    expect(backToSlower?.availability.unavailability).toBe(afterServiceTime?.availability.unavailability);
    expect(afterInstances?.availability.unavailability).not.toBe(backToSlower?.availability.unavailability);
    // Fewer instances make the fleet weigh more in the downtime.
    expect(afterInstances?.availability.importance[fleet.id]).toBeGreaterThan(backToSlower?.availability.importance[fleet.id] ?? Infinity);
    expect(backToBase?.availability).toEqual(first?.availability);
  });

  it('recomputes them when a standby fleet’s service time decides whether a failover must scale out (warm standby)', () => {
    const base = loadTemplate('warm-standby.json');
    const standby = withComponent(base, 'api-west-a', { serviceTimeMs: 1 });
    const primary = withComponent(standby, 'api-east-a', { serviceTimeMs: 5 });
    const regionLoss = (report: Report | undefined) => report?.recovery.events.find((e) => e.id === 'region:east');
    const [first, fastStandby, fastPrimary, backToBase] = sessionReports([base, standby, primary, base]);
    // A standby of 1 takes 500 req/s: at 20 ms it scales out first, at 1 ms it carries the load at once.
    expect(regionLoss(first)?.explain.rto.some((t) => t.elementId === 'api-west-a')).toBe(true);
    expect(regionLoss(fastStandby)?.explain.rto.some((t) => t.elementId === 'api-west-a')).toBe(false);
    expect(fastPrimary?.recovery).toBe(fastStandby?.recovery);
    expect(regionLoss(backToBase)).toEqual(regionLoss(first));
  });
});
