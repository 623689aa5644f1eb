import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createComponent, createEdge, type Component, type Scenario } from '../../model';
import { AvailabilityCompiler, compileAvailability } from '../availability';
import { compileScenario } from '../compile/compileScenario';
import { evaluate, reliabilitySections, type ReliabilitySections } from '../evaluate';
import { populationTrafficOf } from '../performanceStructure';
import { ReliabilitySectionsCache } from '../reliabilitySectionsCache';
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
    // The section's own objects (the report copies it to mark the populations): its importance ranking.
    expect(afterServiceTime?.availability.importance).toBe(first?.availability.importance);
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

  it('recomputes only the availability section on an instance-count edit, and the recovery events when which events can happen changes', () => {
    // Reads only, through a read-through cache in front of a database without replicas: whether the
    // database is needed then depends on whether the cache can miss.
    const template = loadTemplate('example-three-tier.json');
    const base: Scenario = {
      ...template,
      workload: { ...template.workload, readFraction: 1 },
      components: template.components.map((c) => (c.kind === 'database' ? { ...c, replicaGroupIds: [] } : c)),
      edges: [...template.edges.filter((e) => e.to !== 'db'), createEdge('call', 'e-cache-db', 'cache', 'db')],
    };
    const more = withComponent(base, 'app-a', { instances: 5 });
    const cacheHitsAlways = withComponent(more, 'cache', { hitRatio: 1 });
    const cacheHitsOften = withComponent(cacheHitsAlways, 'cache', { hitRatio: 0.95 });
    const [first, afterInstances, afterAlwaysHits, afterOftenHits] = sessionReports([base, more, cacheHitsAlways, cacheHitsOften]);
    // The fleet's size enters recovery only as whether it survives an instance loss, which it still does.
    expect(afterInstances?.availability.unavailability).not.toBe(first?.availability.unavailability);
    expect(afterInstances?.recovery).toBe(first?.recovery);
    // A cache that never misses takes its database off the read path: losing its primary is survived…
    const primaryLoss = (report: Report | undefined) => report?.recovery.events.find((e) => e.kind === 'databasePrimary');
    expect(primaryLoss(afterInstances)?.survived).toBe(false);
    expect(primaryLoss(afterAlwaysHits)?.survived).toBe(true);
    // …and back when misses can happen again, though the miss ratio is another one.
    expect(afterOftenHits?.recovery).toEqual(afterInstances?.recovery);
  });

  it('gives a fresh evaluation’s figures after probability edits in any order: fleets, a replicated database’s copies, and back', () => {
    // Each database has a replica: its importance is a probability pass with both copies perfect, which
    // the session redoes from its kept pass only for the nodes that read them.
    const base = loadTemplate('shop-microservices.json');
    const moreCatalog = withComponent(base, 'catalog', { instances: 5 });
    const weakerDb = withComponent(moreCatalog, 'catalog-db', { availability: { source: 'direct', availability: 0.99 } });
    const moreCart = withComponent(weakerDb, 'cart', { instances: 4 });
    const [first, afterCatalog, afterDb, , backToCatalog, backToBase] = sessionReports([base, moreCatalog, weakerDb, moreCart, moreCatalog, base]);
    expect(afterCatalog?.availability.importance['catalog']).toBeLessThan(first?.availability.importance['catalog'] ?? -Infinity);
    expect(afterDb?.availability.importance['catalog-db']).toBeGreaterThan(afterCatalog?.availability.importance['catalog-db'] ?? Infinity);
    expect(backToCatalog?.availability).toEqual(afterCatalog?.availability);
    expect(backToBase?.availability).toEqual(first?.availability);
  });

  it('keeps each variable’s parameters by its element: an availability spec edited, a service time, then the spec back', () => {
    const base = loadTemplate('example-three-tier.json');
    const spec = withComponent(base, 'app-b', { availability: { source: 'direct', availability: 0.99 } });
    const slower = withComponent(spec, 'app-b', { serviceTimeMs: 40 });
    const [first, afterSpec, afterSlower, backToBase] = sessionReports([base, spec, slower, base]);
    expect(afterSpec?.availability.importance['app-b']).toBeGreaterThan(first?.availability.importance['app-b'] ?? Infinity);
    expect(afterSlower?.availability).toEqual(afterSpec?.availability);
    expect(backToBase?.availability).toEqual(first?.availability);
  });

  it('words the structure’s warnings with the names of the latest scenario', () => {
    const base = loadTemplate('example-three-tier.json');
    // A synchronous cycle: its warning names the edge by its ends, which a rename changes and the structure does not read.
    const cyclic: Scenario = { ...base, edges: [...base.edges, createEdge('call', 'a-to-b', 'app-a', 'app-b'), createEdge('call', 'b-to-a', 'app-b', 'app-a')] };
    const renamed = withComponent(cyclic, 'app-a', { name: 'Renamed app' });
    const compiler = new AvailabilityCompiler();
    const cache = new ReliabilitySectionsCache();
    const [, first, afterRename] = [base, cyclic, renamed].map((scenario) => {
      const traffic = populationTrafficOf(compileScenario(scenario));
      const sections = cache.sectionsOf(compiler.structureOf(scenario), scenario, traffic);
      expect(sections).toEqual(reliabilitySections(compileAvailability(scenario), scenario, traffic));
      return sections;
    });
    const warning = (sections: ReliabilitySections | undefined) => sections?.warnings.find((w) => w.code === 'availability.callCycle')?.message;
    expect(warning(first)).not.toContain('Renamed app');
    expect(warning(afterRename)).toContain('Renamed app');
  });
  it('ranks the importance as a fresh evaluation does after instance edits that reorder it', () => {
    const base = syntheticScenario(40, 7);
    const [a, b] = base.components.filter((c) => c.kind === 'compute' && c.groupId !== null) as [Component, Component];
    const aFewer = withComponent(base, a.id, { instances: 2 });
    const bFewer = withComponent(aFewer, b.id, { instances: 2 });
    const aMore = withComponent(bFewer, a.id, { instances: 9 });
    const bMore = withComponent(aMore, b.id, { instances: 9 });
    const sequence = [base, aFewer, bFewer, aMore, bMore, aFewer, base];
    const rankings = sessionReports(sequence).map((report) => Object.keys(report.availability.importance));
    // toEqual does not compare key order: the ranking is the order.
    rankings.forEach((ranking, i) => expect(ranking).toEqual(Object.keys(evaluate(sequence[i] as Scenario).availability.importance)));
    // The edits move the fleets in the ranking: the order changed along the way.
    expect(new Set(rankings.map((ranking) => ranking.join())).size).toBeGreaterThan(2);
  });

  it('takes back the availability section of the edit before only when the parameters are set back to its own', () => {
    const base = syntheticScenario(40, 7);
    const [first, second] = base.components.filter((c) => c.kind === 'compute' && c.groupId !== null) as [Component, Component];
    const firstFewer = withComponent(base, first.id, { instances: 2 });
    const secondFewer = withComponent(base, second.id, { instances: 2 });
    // The same fleets, and a month of other length: every probability the same, the downtime per month not.
    const shorterMonth: Scenario = { ...base, settings: { ...base.settings, monthHours: 672 } };
    const reports = sessionReports([base, firstFewer, base, firstFewer, secondFewer, firstFewer, shorterMonth, firstFewer, base]);
    const availability = reports.map((report) => report.availability);
    // The section's own objects (the report copies it to mark the populations): its importance ranking.
    const importance = availability.map((section) => section.importance);
    // Set back: the section of two edits before, as it was.
    expect(importance[2]).toBe(importance[0]);
    expect(importance[3]).toBe(importance[1]);
    expect(importance[5]).toBe(importance[3]);
    // Another fleet, or the same probabilities under another month: computed (and equal to a fresh evaluation, above).
    expect(importance[4]).not.toBe(importance[2]);
    expect(importance[6]).not.toBe(importance[2]);
    expect(availability[6]?.downtimeMinutesPerMonth).not.toBe(availability[2]?.downtimeMinutesPerMonth);
    expect(importance[7]).toBe(importance[5]);
    // Only the one before is kept: two edits away from the start, the start is computed again.
    expect(importance[8]).not.toBe(importance[0]);
    expect(availability[8]).toEqual(availability[0]);
  });
});
