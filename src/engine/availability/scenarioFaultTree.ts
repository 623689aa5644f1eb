import type { CallEdge, Component, DatabaseComponent } from '../../model';
import type { ReportWarning } from '../report';
import { availabilityWarning } from './availabilityWarnings';
import { alwaysFails, FaultTreeBuilder, firstVariableRef, neverFails, type FailureVariable, type FaultTree } from './faultTree';
import { readDerived } from '../readRecord';
import { callEdgeApplies, callRateClass, requestClasses, type RequestClass } from './requestClass';
import {
  componentDomainIds,
  databaseCopyCount,
  databaseCopyPlacementKey,
  failureDomainIds,
  isFleet,
  type FleetComponent,
  type ScenarioGraph,
} from './scenarioGraph';
import { failoverRouterKindSet, routerKindSet } from '../compile/callPlans';

/** One structure function: "a request of this class from this population fails". */
export interface AvailabilityRoot {
  populationId: string;
  requestClass: RequestClass;
  /** Fault-tree node of the structure function. */
  ref: number;
}

/**
 * How faithfully the fault tree follows the scenario. `exact` first; when its BDD is too large (a mesh
 * of calls made on only some requests, or routers over many different services), simpler trees whose
 * unavailability is an upper bound on the exact one:
 * `callsAlwaysMade` counts every call with 0 < callsPerRequest < 1 as made on every request (no
 * `callMade` variables); `noRouterRedundancy` also lets a router fail when any target fails and
 * counts every cache and CDN as missing, which leaves ORs and database thresholds only: a small BDD.
 */
export type FaultTreeFidelity = 'exact' | 'callsAlwaysMade' | 'noRouterRedundancy';

/** A component whose failure gate is being built: its applicable calls, the next one to follow, the terms so far. */
interface FailureFrame {
  component: Component;
  /** Its own units' and domains' failure, built before its callees' so that it comes first in the variable order. */
  own: number;
  edges: CallEdge[];
  next: number;
  terms: number[];
  withCallRate: boolean;
}

/** The scenario's structure as a fault tree, with the bookkeeping later passes need. */
export interface ScenarioFaultTree {
  tree: FaultTree;
  roots: AvailabilityRoot[];
  /** Variable indexes in BDD order: where the walk from the roots first needs them (see {@link buildScenarioFaultTree}). */
  variableOrder: Int32Array;
  /** Variable index of each group's outage. */
  groupVariable: ReadonlyMap<string, number>;
  /** Failure-variable indexes of each component (several for a replicated database). */
  componentVariables: ReadonlyMap<string, readonly number[]>;
  warnings: ReportWarning[];
  fidelity: FaultTreeFidelity;
  /** Calls made on only some requests (0 < callsPerRequest < 1), each a `callMade` variable when `exact`. */
  partialCalls: number;
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

const readFailureThreshold = (database: DatabaseComponent) => databaseFailureThreshold(database, 'read');
const writeFailureThreshold = (database: DatabaseComponent) => databaseFailureThreshold(database, 'write');
/** Whether a fleet fails as soon as one instance is lost (minHealthy ≥ instances): it is then one atomic variable. */
const losesNoInstance = (fleet: FleetComponent) => fleet.minHealthy >= fleet.instances;

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
 * Variable order (the BDD's): depth-first, first visit, from the roots down the call graph (Fussell's
 * heuristic for fault trees), a component's own variables before its callees': the variables of one sub-system — a zone's domain and the units in it, one router
 * target's dependencies — sit together, so the BDD finishes one part before it starts the next. A
 * domain comes where it is first needed, so Shannon expansion conditions on it before the units
 * that share it: the factoring method (performance-anchors §2.1), the BDD handling the rest. Along a
 * chain or a layered mesh of calls, each F(callee) is then a sub-diagram of F(caller), so building
 * every gate stays linear in the chain's length (callees first made it quadratic: 5 000 components took
 * seconds and millions of nodes).
 *
 * @param fidelity `exact`, or a simplification whose U is an upper bound (see {@link FaultTreeFidelity})
 */
export function buildScenarioFaultTree(graph: ScenarioGraph, fidelity: FaultTreeFidelity = 'exact'): ScenarioFaultTree {
  const { scenario } = graph;
  const builder = new FaultTreeBuilder();
  const declare = (variable: FailureVariable): number => builder.addVariable(variable);

  const groupRef = new Map<string, number>();
  for (const group of scenario.groups) groupRef.set(group.id, declare({ id: group.id, kind: group.kind, elementId: group.id, atomic: true }));
  const unitRefs = new Map<string, number[]>();
  const missRef = new Map<string, number>();
  for (const component of scenario.components) {
    if (component.kind === 'database') {
      const refs: number[] = [];
      for (let k = 0; k < databaseCopyCount(component); k += 1) {
        refs.push(declare({ id: `${component.id}#${k}`, kind: 'databaseCopy', elementId: component.id, atomic: true, copyIndex: k }));
      }
      unitRefs.set(component.id, refs);
    } else if (isFleet(component)) {
      const atomic = readDerived(component, losesNoInstance);
      unitRefs.set(component.id, [declare({ id: component.id, kind: 'fleet', elementId: component.id, atomic })]);
    } else {
      unitRefs.set(component.id, [declare({ id: component.id, kind: 'component', elementId: component.id, atomic: true })]);
    }
    if (hasMissPath(graph, component)) {
      missRef.set(component.id, declare({ id: `${component.id}:miss`, kind: 'cacheMiss', elementId: component.id, atomic: false }));
    }
  }
  const callRef = new Map<string, number>();
  let partialCalls = 0;
  for (const edge of scenario.edges) {
    if (edge.kind === 'call' && readDerived(edge, callRateClass) === 'sometimes') {
      partialCalls += 1;
      if (fidelity === 'exact') callRef.set(edge.id, declare({ id: `${edge.id}:call`, kind: 'callMade', elementId: edge.id, atomic: false }));
    }
  }

  const warnings: ReportWarning[] = [];
  // The BDD's variable order: each variable where the walk first needs it (see above).
  const firstNeeded: number[] = [];
  const needed = new Set<number>();
  const need = (ref: number): number => {
    if (!needed.has(ref)) {
      needed.add(ref);
      firstNeeded.push(ref - firstVariableRef);
    }
    return ref;
  };
  const domainsFailure = (ids: readonly string[]) => builder.or(ids.map((id) => groupRef.get(id) ?? neverFails).map((ref) => (ref === neverFails ? ref : need(ref))));
  const memo: Record<RequestClass, Map<string, number>> = { read: new Map(), write: new Map() };
  const visiting = new Set<string>();
  const cyclic = new Set<string>();

  // Only a database's own failure depends on the request class (its R/W quorums).
  const ownUnitFailure = new Map<string, number>();
  const ownFailure = (component: Component, requestClass: RequestClass): number => {
    const units = unitRefs.get(component.id) ?? [];
    if (component.kind !== 'database') {
      let own = ownUnitFailure.get(component.id);
      if (own === undefined) {
        own = builder.or([...units.map(need), domainsFailure(componentDomainIds(graph, component))]);
        ownUnitFailure.set(component.id, own);
      }
      return own;
    }
    const copies = units.map((unit, k) => {
      const placement = graph.placements.get(databaseCopyPlacementKey(component.id, k));
      return builder.or([need(unit), domainsFailure(failureDomainIds(placement))]);
    });
    return builder.atLeast(readDerived(component, requestClass === 'read' ? readFailureThreshold : writeFailureThreshold), copies);
  };

  const callMade = (edge: CallEdge, withCallRate: boolean): number | undefined => {
    const made = withCallRate ? callRef.get(edge.id) : undefined;
    return made === undefined ? undefined : need(made);
  };
  const callTerm = (edge: CallEdge, callee: number, withCallRate: boolean): number => {
    const made = callMade(edge, withCallRate);
    return made === undefined ? callee : builder.and([made, callee]);
  };

  const gateOf = (frame: FailureFrame, requestClass: RequestClass): number => {
    const { component, terms } = frame;
    const isChooser = routerKindSet.has(component.kind);
    const miss = requestClass === 'write' || fidelity === 'noRouterRedundancy' ? alwaysFails : (missRef.get(component.id) ?? alwaysFails);
    let body: number;
    if (component.kind === 'cdn') body = builder.and([miss, fidelity === 'noRouterRedundancy' ? builder.or(terms) : builder.and(terms)]);
    else if (isChooser) body = fidelity === 'noRouterRedundancy' ? builder.or(terms) : builder.and(terms);
    else if (missRef.has(component.id)) body = builder.and([miss, builder.or(terms)]);
    else body = builder.or(terms);
    return builder.or([frame.own, body]);
  };

  const openFrame = (component: Component, requestClass: RequestClass): FailureFrame => {
    visiting.add(component.id);
    const edges = (graph.callsFrom.get(component.id) ?? []).filter((edge) => callEdgeApplies(edge, requestClass));
    const own = ownFailure(component, requestClass);
    const miss = missRef.get(component.id);
    if (miss !== undefined) need(miss);
    return { component, own, edges, next: 0, terms: [], withCallRate: !routerKindSet.has(component.kind) };
  };

  /**
   * F(componentId) for one request class, depth-first with an explicit stack (a chain of thousands
   * of calls must not overflow the call stack): a frame waits while its callee's frame is open, then
   * takes the callee's gate as its next term. Builder calls happen in the order of a recursive walk.
   */
  const failure = (componentId: string, requestClass: RequestClass): number => {
    const known = memo[requestClass].get(componentId);
    if (known !== undefined) return known;
    const root = graph.componentsById.get(componentId);
    if (!root) return alwaysFails;
    const stack: FailureFrame[] = [openFrame(root, requestClass)];
    let finished = alwaysFails;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as FailureFrame;
      const edge = frame.edges[frame.next];
      if (edge === undefined) {
        finished = gateOf(frame, requestClass);
        visiting.delete(frame.component.id);
        memo[requestClass].set(frame.component.id, finished);
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          parent.terms.push(callTerm(parent.edges[parent.next] as CallEdge, finished, parent.withCallRate));
          parent.next += 1;
        }
        continue;
      }
      if (visiting.has(edge.to)) {
        cyclic.add(edge.id);
        frame.next += 1;
        continue;
      }
      const calleeKnown = memo[requestClass].get(edge.to);
      const callee = graph.componentsById.get(edge.to);
      if (calleeKnown !== undefined || !callee) {
        frame.terms.push(callTerm(edge, calleeKnown ?? alwaysFails, frame.withCallRate));
        frame.next += 1;
      } else {
        callMade(edge, frame.withCallRate);
        stack.push(openFrame(callee, requestClass));
      }
    }
    return finished;
  };

  const roots: AvailabilityRoot[] = [];
  if (scenario.clients.length === 0) {
    warnings.push(availabilityWarning('availability.noPopulations'));
  }
  for (const client of scenario.clients) {
    const all = graph.callsFrom.get(client.id) ?? [];
    if (all.length === 0) {
      warnings.push(availabilityWarning('availability.populationUnserved', client.id, client.name));
    }
    for (const requestClass of requestClasses) {
      const terms = all
        .filter((edge) => callEdgeApplies(edge, requestClass))
        .map((edge) => callTerm(edge, failure(edge.to, requestClass), true));
      roots.push({ populationId: client.id, requestClass, ref: terms.length === 0 ? alwaysFails : builder.or(terms) });
    }
  }
  for (const component of scenario.components) {
    const isTargetless = failoverRouterKindSet.has(component.kind) && !graph.callsFrom.has(component.id);
    if (isTargetless && graph.callsTo.has(component.id)) {
      warnings.push(availabilityWarning('availability.routerWithoutTargets', component.id, component.name));
    }
  }
  for (const edgeId of cyclic) {
    warnings.push(availabilityWarning('availability.callCycle', edgeId));
  }

  const tree = builder.build();
  const toIndex = (ref: number) => ref - firstVariableRef;
  return {
    tree,
    roots,
    variableOrder: completeVariableOrder(firstNeeded, tree.variables.length),
    groupVariable: new Map([...groupRef].map(([id, ref]) => [id, toIndex(ref)])),
    componentVariables: new Map([...unitRefs].map(([id, refs]) => [id, refs.map(toIndex)])),
    warnings,
    fidelity,
    partialCalls,
  };
}

/** `firstNeeded` (variable indexes), then every variable it lacks, in index order. */
function completeVariableOrder(firstNeeded: readonly number[], variableCount: number): Int32Array {
  const order = new Int32Array(variableCount);
  order.set(firstNeeded);
  const placed = new Uint8Array(variableCount);
  for (const variable of firstNeeded) placed[variable] = 1;
  let next = firstNeeded.length;
  for (let v = 0; v < variableCount; v += 1) if (placed[v] === 0) order[next++] = v;
  return order;
}
