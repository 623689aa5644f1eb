import { routerKinds, type CallEdge, type Component, type DatabaseComponent, type Group, type Scenario } from '../../model';
import { resolveAllPlacements, type Placement } from '../compile/placement';

/** The lookups every reliability pass needs, built once per scenario. */
export interface ScenarioGraph {
  scenario: Scenario;
  componentsById: ReadonlyMap<string, Component>;
  groupsById: ReadonlyMap<string, Group>;
  /** Index of each component in `scenario.components`. */
  componentIndex: ReadonlyMap<string, number>;
  /** Index of each group in `scenario.groups`. */
  groupIndex: ReadonlyMap<string, number>;
  /** Index of each edge in `scenario.edges`. */
  edgeIndex: ReadonlyMap<string, number>;
  /** Synchronous call edges by caller id (a client population or a component), in scenario order. */
  callsFrom: ReadonlyMap<string, readonly CallEdge[]>;
  /** Synchronous call edges by callee id. */
  callsTo: ReadonlyMap<string, readonly CallEdge[]>;
  /** Placement of every component and of every extra database copy (`<dbId>#<n>`). */
  placements: ReadonlyMap<string, Placement>;
}

/**
 * Indexes a validated scenario for the availability and recovery passes, one pass per array: the
 * scenario is read through recording proxies (`recordReads`), where each read again costs a trap.
 */
export function buildScenarioGraph(scenario: Scenario): ScenarioGraph {
  const callsFrom = new Map<string, CallEdge[]>();
  const callsTo = new Map<string, CallEdge[]>();
  const edgeIndex = new Map<string, number>();
  scenario.edges.forEach((edge, i) => {
    edgeIndex.set(edge.id, i);
    if (edge.kind !== 'call') return;
    const out = callsFrom.get(edge.from) ?? [];
    out.push(edge);
    callsFrom.set(edge.from, out);
    const incoming = callsTo.get(edge.to) ?? [];
    incoming.push(edge);
    callsTo.set(edge.to, incoming);
  });
  const componentsById = new Map<string, Component>();
  const componentIndex = new Map<string, number>();
  scenario.components.forEach((component, i) => {
    componentsById.set(component.id, component);
    componentIndex.set(component.id, i);
  });
  const groupsById = new Map<string, Group>();
  const groupIndex = new Map<string, number>();
  scenario.groups.forEach((group, i) => {
    groupsById.set(group.id, group);
    groupIndex.set(group.id, i);
  });
  return { scenario, componentsById, groupsById, componentIndex, groupIndex, edgeIndex, callsFrom, callsTo, placements: resolveAllPlacements(scenario) };
}

/** A fleet of identical instances with a k-of-n rule (VM or container compute, monolith). */
export type FleetComponent = Extract<Component, { kind: 'compute' | 'monolith' }>;

/** True for VM/container compute and monoliths; serverless compute is a managed service as a whole. */
export function isFleet(component: Component): component is FleetComponent {
  return component.kind === 'monolith' || (component.kind === 'compute' && component.flavor !== 'serverless');
}

/** True for the kinds that choose among targets (dns, globalLb, cdn, loadBalancer). */
export function isRouter(component: Component): boolean {
  return routerKinds.has(component.kind);
}

/** Copies of a database: the one at `groupId` (index 0, the primary) plus one per replica group. */
export function databaseCopyCount(database: DatabaseComponent): number {
  return 1 + database.replicaGroupIds.length;
}

/** Placement key of database copy `copyIndex` (0 = the component itself). */
export function databaseCopyPlacementKey(databaseId: string, copyIndex: number): string {
  return copyIndex === 0 ? databaseId : `${databaseId}#${copyIndex}`;
}

/**
 * Failure domains (group ids, innermost first) whose outage takes a unit at `placement` down.
 * A multi-AZ load balancer spans its region's zones, so its zone (if drawn in one) is left out.
 */
export function failureDomainIds(placement: Placement | undefined, spansZones = false): string[] {
  if (!placement) return [];
  const ids: string[] = [];
  if (placement.zoneGroupId !== null && !spansZones) ids.push(placement.zoneGroupId);
  if (placement.regionGroupId !== null) ids.push(placement.regionGroupId);
  if (placement.providerGroupId !== null) ids.push(placement.providerGroupId);
  return ids;
}

/** Failure domains of a component's own unit (see {@link failureDomainIds}). */
export function componentDomainIds(graph: ScenarioGraph, component: Component): string[] {
  const spansZones = component.kind === 'loadBalancer' && component.multiAz;
  return failureDomainIds(graph.placements.get(component.id), spansZones);
}
