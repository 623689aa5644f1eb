import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogRegions, createClient, createComponent, createGroup, type Component, type Scenario } from '../../model';
import { availabilityParameters, compileAvailability } from '../availability';
import { buildCallPlans } from '../compile/callPlans';
import { compileScenario } from '../compile/compileScenario';
import { routerKindSet } from '../compile/callPlans';
import { populationUnitLoads } from '../latency/componentTimes';
import { LoadRunner } from '../capacity/loadRunner';
import { evaluate } from '../evaluate';
import { validScenario } from './randomScenario';
import { callEdge, smallScenario } from './smallScenario';
import { loadTemplate, templateFiles } from './templateFixtures';

/** Per population, the router calls ("router→target" edge ids) that carry its requests in one section. */
type RoutedCalls = string[][];

/** Latency, capacity and cost: each population's request path as the load walk routes it (`populationUnitLoads`). */
function performanceRoutes(scenario: Scenario): RoutedCalls {
  const model = compileScenario(scenario);
  const t = model.topology;
  const loads = populationUnitLoads(new LoadRunner(model, buildCallPlans(model)), 'requestPath');
  return loads.map((load) =>
    t.edgeIds.filter((_, e) => (load.edgeRate[e] ?? 0) > 0 && (t.edgeFrom[e] ?? -1) >= 0 && routerKindSet.has(t.kinds[t.edgeFrom[e] ?? 0] ?? 'compute')).sort(),
  );
}

/** Availability and recovery: the router calls with a share of each population's requests (`rootShares`), over the classes it sends. */
function availabilityRoutes(scenario: Scenario): RoutedCalls {
  const compiled = compileAvailability(scenario);
  const parameters = availabilityParameters(compiled, scenario);
  const routes = scenario.clients.map(() => new Set<string>());
  compiled.traffic.roots.forEach((root, r) => {
    if (!((parameters.rootClassFraction[r] ?? 0) > 0)) return;
    const { outStart, slotEdge } = root.calls;
    const shares = parameters.rootShares[r];
    for (const c of shares?.reached ?? []) {
      if (!routerKindSet.has(scenario.components[c]?.kind ?? 'compute')) continue;
      for (let s = outStart[c] ?? 0; s < (outStart[c + 1] ?? 0); s += 1) if ((shares?.slot[s] ?? 0) > 0) routes[root.populationIndex]?.add(scenario.edges[slotEdge[s] ?? 0]?.id ?? '');
    }
  });
  return routes.map((set) => [...set].sort());
}

/**
 * Users in Tokyo behind a latency-routed DNS with a load balancer and a fleet in us-east-1 and in
 * eu-west-1. Tokyo is nearer to Ireland by great-circle distance (≈ 9 600 km against ≈ 10 900 km) but
 * nearer to Virginia by measured round trip: latency routing follows the measured RTT, in every section.
 */
function tokyoScenario(): Scenario {
  const base = smallScenario([], []);
  const fleet = (id: string, name: string, group: string): Component => ({ ...createComponent('compute', id, name, group), instances: 2 });
  const components = [
    { ...createComponent('dns', 'dns', 'DNS (latency routing)'), routing: 'latency' as const },
    createComponent('loadBalancer', 'lb-us', 'LB us-east-1', 'region-us'),
    createComponent('loadBalancer', 'lb-eu', 'LB eu-west-1', 'region'),
    fleet('app-us', 'App us-east-1', 'region-us'),
    fleet('app-eu', 'App eu-west-1', 'region'),
  ];
  const edges = [
    callEdge('e-users', 'tokyo', 'dns'),
    callEdge('e-dns-us', 'dns', 'lb-us'),
    callEdge('e-dns-eu', 'dns', 'lb-eu'),
    callEdge('e-lb-us', 'lb-us', 'app-us'),
    callEdge('e-lb-eu', 'lb-eu', 'app-eu'),
  ];
  return {
    ...base,
    clients: [{ ...createClient('tokyo', 'Users in Tokyo', 'aws:ap-northeast-1', 1), newConnectionFraction: 0 }],
    workload: { ...base.workload, requestsPerSecond: 100 },
    components,
    edges,
  };
}

const regionIds = catalogRegions.map((region) => region.id);

/**
 * Populations anywhere in the catalog behind one DNS (latency, geo, weighted or failover routing) whose
 * targets are load balancers in catalog regions, or a global CDN, each in front of a fleet: the designs
 * where nearest-by-distance and fastest-by-measured-RTT part ways.
 */
const routedDesign = fc
  .record({
    routing: fc.constantFrom('latency', 'geo', 'weighted', 'failover'),
    populations: fc.array(fc.constantFrom(...regionIds), { minLength: 1, maxLength: 4 }),
    targets: fc.array(fc.option(fc.constantFrom(...regionIds), { nil: null }), { minLength: 2, maxLength: 4 }),
  })
  .map(({ routing, populations, targets }): Scenario => {
    const base = smallScenario([], []);
    const groups = [base.groups[0]!, ...targets.flatMap((regionId, i) => (regionId === null ? [] : [createGroup('region', `r${i}`, regionId, 'aws', regionId)]))];
    const components: Component[] = [{ ...createComponent('dns', 'dns', 'DNS'), routing }];
    const edges = populations.map((_, p) => callEdge(`e-p${p}`, `p${p}`, 'dns'));
    targets.forEach((regionId, i) => {
      components.push(regionId === null ? createComponent('cdn', `t${i}`, `CDN ${i}`) : createComponent('loadBalancer', `t${i}`, `LB ${i}`, `r${i}`));
      components.push(createComponent('compute', `app${i}`, `App ${i}`, regionId === null ? null : `r${i}`));
      edges.push(callEdge(`e-t${i}`, 'dns', `t${i}`, { weight: i + 1, failoverPriority: i % 2 }), callEdge(`e-app${i}`, `t${i}`, `app${i}`));
    });
    const clients = populations.map((regionId, p) => createClient(`p${p}`, `Users ${p}`, regionId, 1 / populations.length));
    return { ...base, groups, clients, components, edges };
  });

describe('one traffic plan (SPEC §2.2): every section routes a population the same way', () => {
  it.each(templateFiles())('%s: each population reaches the same targets in latency, capacity, cost, availability and recovery', (file) => {
    const scenario = loadTemplate(file);
    const routes = performanceRoutes(scenario);
    expect(routes.some((calls) => calls.length > 0)).toBe(true);
    expect(availabilityRoutes(scenario)).toEqual(routes);
  });

  // A cycle of synchronous calls is an error shown on its edges: latency cuts the closing edge, availability
  // leaves the components on the cycle out, so neither section's routes mean anything there.
  const withoutCallCycles = validScenario.filter((scenario) => compileScenario(scenario).topology.cyclic.every((flag) => flag === 0));

  it('random designs route each population to the same targets in every section', () => {
    fc.assert(
      fc.property(withoutCallCycles, (scenario) => {
        expect(availabilityRoutes(scenario)).toEqual(performanceRoutes(scenario));
      }),
      { numRuns: 150, seed: 16_3 },
    );
  });

  it('populations anywhere, routed by latency, geo, weights or failover, reach the same targets in every section', () => {
    fc.assert(
      fc.property(routedDesign, (scenario) => {
        expect(availabilityRoutes(scenario)).toEqual(performanceRoutes(scenario));
      }),
      { numRuns: 200, seed: 16_3 },
    );
  });

  it('a Tokyo population goes to us-east-1 (lowest measured RTT) in latency and in availability alike', () => {
    const scenario = tokyoScenario();
    expect(performanceRoutes(scenario)).toEqual([['e-dns-us', 'e-lb-us']]);
    expect(availabilityRoutes(scenario)).toEqual([['e-dns-us', 'e-lb-us']]);
    // The report agrees: the failover time of the fleet behind the us-east-1 LB counts, the idle eu-west-1 one does not.
    const report = evaluate(scenario);
    const failoverLabels = report.availability.byPopulation['tokyo']?.explain.map((term) => term.label).join('\n') ?? '';
    expect(failoverLabels).toContain('LB us-east-1 → App us-east-1');
    expect(failoverLabels).not.toContain('LB eu-west-1');
  });
});
