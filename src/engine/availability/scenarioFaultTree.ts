import type { CallEdge, Component, DatabaseComponent } from '../../model';
import { resolvePlacement, type Placement } from '../compile/placement';
import type { ReportWarning } from '../report';
import { alwaysFails, FaultTreeBuilder, firstVariableRef, neverFails, type FailureVariable, type FaultTree } from './faultTree';
import { callEdgeApplies, requestClasses, type RequestClass } from './requestClass';
import {
  componentDomainIds,
  databaseCopyCount,
  databaseCopyPlacementKey,
  failureDomainIds,
  isFleet,
  type ScenarioGraph,
} from './scenarioGraph';

/** One structure function: "a request of this class from this population fails". */
export interface AvailabilityRoot {
  populationId: string;
  requestClass: RequestClass;
  /** Fault-tree node of the structure function. */
  ref: number;
}

/** The scenario's structure as a fault tree, with the bookkeeping later passes need. */
export interface ScenarioFaultTree {
  tree: FaultTree;
  roots: AvailabilityRoot[];
  /** Variable indexes in BDD order: shared failure domains before what they contain (see {@link buildScenarioFaultTree}). */
  variableOrder: Int32Array;
  /** Variable index of each group's outage. */
  groupVariable: ReadonlyMap<string, number>;
  /** Failure-variable indexes of each component (several for a replicated database). */
  componentVariables: ReadonlyMap<string, readonly number[]>;
  warnings: ReportWarning[];
}

/**
 * Database failure threshold: how many of its n copies must be down for a request of `requestClass`
 * to fail. single: 1; primaryReplica: all n (any surviving copy is promoted); distributedSql: ⌈n/2⌉
 * (a Raft majority ⌊n/2⌋ + 1 must be up); leaderless: n − R + 1 for reads, n − W + 1 for writes.
 */
export function databaseFailureThreshold(database: DatabaseComponent, requestClass: RequestClass): number {
  const n = databaseCopyCount(database);
  switch (database.model) {
    case 'single':
      return 1;
    case 'primaryReplica':
      return n;
    case 'distributedSql':
      return Math.ceil(n / 2);
    case 'leaderless':
      return n - (requestClass === 'read' ? database.quorum.r : database.quorum.w) + 1;
  }
}

/** Whether a component mixes a hit path (no dependencies) and a miss path: a CDN always, a cache with callees. */
function hasMissPath(graph: ScenarioGraph, component: Component): boolean {
  return component.kind === 'cdn' || (component.kind === 'cache' && (graph.callsFrom.get(component.id)?.length ?? 0) > 0);
}

/**
 * Builds the fault tree of a scenario by the rule "routers choose, services need" (SPEC §1):
 * F(c) = own(c) ∨ body(c), where own(c) is c's own unit(s) or any failure domain containing them,
 * body(router) = ∧ F(target) (any healthy target serves), body(cdn) = miss ∧ ∧ F(origin),
 * body(cache with callees) = miss ∧ ∨ F(callee), body(service) = ∨ F(callee). A fleet is one
 * variable (its k-of-n probability is exact, its instances sharing nothing but its domains);
 * a database is a threshold gate over its copies, each copy failing with its own domains.
 * A population's request fails when any entry it calls fails. Synchronous call cycles are cut
 * at the edge that closes them and reported as warnings, never followed.
 *
 * Variable order (the BDD's): global components, then per provider → region → zone, each
 * domain's variable before the units inside it. Shannon expansion along this order first
 * conditions on the shared failure domains: it is the factoring method (performance-anchors §2.1)
 * with the BDD handling whatever sharing remains below.
 */
export function buildScenarioFaultTree(graph: ScenarioGraph): ScenarioFaultTree {
  const { scenario } = graph;
  const builder = new FaultTreeBuilder();
  const homes: Placement[] = [];
  const domainVariable: boolean[] = [];
  const declare = (variable: FailureVariable, home: Placement | undefined, isDomain = false): number => {
    homes.push(home ?? resolvePlacement(null, graph.groupsById));
    domainVariable.push(isDomain);
    return builder.addVariable(variable);
  };

  const groupRef = new Map<string, number>();
  for (const group of scenario.groups) {
    const home = resolvePlacement(group.id, graph.groupsById);
    groupRef.set(group.id, declare({ id: group.id, kind: group.kind, elementId: group.id, atomic: true }, home, true));
  }
  const unitRefs = new Map<string, number[]>();
  const missRef = new Map<string, number>();
  for (const component of scenario.components) {
    const home = graph.placements.get(component.id);
    if (component.kind === 'database') {
      const refs: number[] = [];
      for (let k = 0; k < databaseCopyCount(component); k += 1) {
        const variable = { id: `${component.id}#${k}`, kind: 'databaseCopy' as const, elementId: component.id, atomic: true, copyIndex: k };
        refs.push(declare(variable, graph.placements.get(databaseCopyPlacementKey(component.id, k))));
      }
      unitRefs.set(component.id, refs);
    } else if (isFleet(component)) {
      const atomic = component.minHealthy >= component.instances;
      unitRefs.set(component.id, [declare({ id: component.id, kind: 'fleet', elementId: component.id, atomic }, home)]);
    } else {
      unitRefs.set(component.id, [declare({ id: component.id, kind: 'component', elementId: component.id, atomic: true }, home)]);
    }
    if (hasMissPath(graph, component)) {
      missRef.set(component.id, declare({ id: `${component.id}:miss`, kind: 'cacheMiss', elementId: component.id, atomic: false }, home));
    }
  }
  const callRef = new Map<string, number>();
  for (const edge of scenario.edges) {
    if (edge.kind === 'call' && edge.callsPerRequest > 0 && edge.callsPerRequest < 1) {
      const variable = { id: `${edge.id}:call`, kind: 'callMade' as const, elementId: edge.id, atomic: false };
      callRef.set(edge.id, declare(variable, graph.placements.get(edge.from)));
    }
  }

  const warnings: ReportWarning[] = [];
  const domainsFailure = (ids: readonly string[]) => builder.or(ids.map((id) => groupRef.get(id) ?? neverFails));
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const cyclic = new Set<string>();

  const ownFailure = (component: Component, requestClass: RequestClass): number => {
    const units = unitRefs.get(component.id) ?? [];
    if (component.kind !== 'database') return builder.or([...units, domainsFailure(componentDomainIds(graph, component))]);
    const copies = units.map((unit, k) => {
      const placement = graph.placements.get(databaseCopyPlacementKey(component.id, k));
      return builder.or([unit, domainsFailure(failureDomainIds(placement))]);
    });
    return builder.atLeast(databaseFailureThreshold(component, requestClass), copies);
  };

  const callTerm = (edge: CallEdge, requestClass: RequestClass, withCallRate: boolean): number | null => {
    if (visiting.has(edge.to)) {
      cyclic.add(edge.id);
      return null;
    }
    const callee = failure(edge.to, requestClass);
    const made = withCallRate ? callRef.get(edge.id) : undefined;
    return made === undefined ? callee : builder.and([made, callee]);
  };

  const failure = (componentId: string, requestClass: RequestClass): number => {
    const key = `${requestClass}:${componentId}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const component = graph.componentsById.get(componentId);
    if (!component) return alwaysFails;
    visiting.add(componentId);
    const edges = (graph.callsFrom.get(componentId) ?? []).filter((edge) => callEdgeApplies(edge, requestClass));
    const isChooser = component.kind === 'dns' || component.kind === 'globalLb' || component.kind === 'loadBalancer' || component.kind === 'cdn';
    const terms = edges.map((edge) => callTerm(edge, requestClass, !isChooser)).filter((t): t is number => t !== null);
    const miss = requestClass === 'write' ? alwaysFails : (missRef.get(componentId) ?? alwaysFails);
    let body: number;
    if (component.kind === 'cdn') body = builder.and([miss, builder.and(terms)]);
    else if (isChooser) body = builder.and(terms);
    else if (missRef.has(componentId)) body = builder.and([miss, builder.or(terms)]);
    else body = builder.or(terms);
    const result = builder.or([ownFailure(component, requestClass), body]);
    visiting.delete(componentId);
    memo.set(key, result);
    return result;
  };

  const roots: AvailabilityRoot[] = [];
  if (scenario.clients.length === 0) {
    warnings.push({ code: 'availability.noPopulations', message: 'No client population is drawn, so there is no request to serve and availability reads 100 %: add users and connect them to an entry point.' });
  }
  for (const client of scenario.clients) {
    const all = graph.callsFrom.get(client.id) ?? [];
    if (all.length === 0) {
      warnings.push({ code: 'availability.populationUnserved', message: `${client.name} calls no entry point, so none of its requests can succeed: connect it to DNS, a CDN, a load balancer or a service.`, elementId: client.id });
    }
    for (const requestClass of requestClasses) {
      const terms = all
        .filter((edge) => callEdgeApplies(edge, requestClass))
        .map((edge) => callTerm(edge, requestClass, true))
        .filter((t): t is number => t !== null);
      roots.push({ populationId: client.id, requestClass, ref: terms.length === 0 ? alwaysFails : builder.or(terms) });
    }
  }
  for (const component of scenario.components) {
    const isTargetless = (component.kind === 'dns' || component.kind === 'globalLb' || component.kind === 'loadBalancer') && !graph.callsFrom.has(component.id);
    if (isTargetless && graph.callsTo.has(component.id)) {
      warnings.push({ code: 'availability.routerWithoutTargets', message: `${component.name} routes to no target, so every request through it fails: connect it to what it balances.`, elementId: component.id });
    }
  }
  for (const edgeId of cyclic) {
    warnings.push({ code: 'availability.callCycle', message: `This call closes a synchronous cycle; the availability pass ignores it. Remove it or make it asynchronous.`, elementId: edgeId });
  }

  const groupRank = (kind: string) => new Map(scenario.groups.filter((g) => g.kind === kind).map((g, i) => [g.id, i]));
  const providerRank = groupRank('provider');
  const regionRank = groupRank('region');
  const zoneRank = groupRank('zone');
  const keyOf = (v: number): number[] => {
    const home = homes[v] as Placement;
    const region = home.regionGroupId === null ? -1 : (regionRank.get(home.regionGroupId) ?? -1);
    const provider = home.providerGroupId === null ? (region < 0 ? -1 : providerRank.size) : (providerRank.get(home.providerGroupId) ?? -1);
    const zone = home.zoneGroupId === null ? -1 : (zoneRank.get(home.zoneGroupId) ?? -1);
    return [provider, region, zone, domainVariable[v] ? 0 : 1, v];
  };
  const keys = homes.map((_, v) => keyOf(v));
  const variableOrder = Int32Array.from(homes.map((_, v) => v)).sort((a, b) => {
    const ka = keys[a] as number[];
    const kb = keys[b] as number[];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return 0;
  });

  const tree = builder.build();
  const toIndex = (ref: number) => ref - firstVariableRef;
  return {
    tree,
    roots,
    variableOrder,
    groupVariable: new Map([...groupRef].map(([id, ref]) => [id, toIndex(ref)])),
    componentVariables: new Map([...unitRefs].map(([id, refs]) => [id, refs.map(toIndex)])),
    warnings,
  };
}
