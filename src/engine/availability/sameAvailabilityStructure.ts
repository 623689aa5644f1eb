import type { CallEdge, ClientPopulation, Component, Edge, Group, Scenario } from '../../model';
import { databaseFailureThreshold } from './scenarioFaultTree';
import { isFleet } from './scenarioGraph';

function sameClient(a: ClientPopulation, b: ClientPopulation): boolean {
  if (a.id !== b.id || a.location.kind !== b.location.kind) return false;
  if (a.location.kind === 'region') return b.location.kind === 'region' && a.location.regionId === b.location.regionId;
  return b.location.kind === 'coordinates' && a.location.latDeg === b.location.latDeg && a.location.lonDeg === b.location.lonDeg;
}

function sameGroup(a: Group, b: Group): boolean {
  return a.id === b.id && a.kind === b.kind && a.parentId === b.parentId && (a.kind !== 'region' || (b.kind === 'region' && a.regionId === b.regionId));
}

function sameComponent(a: Component, b: Component): boolean {
  if (a.id !== b.id || a.kind !== b.kind || a.groupId !== b.groupId || isFleet(a) !== isFleet(b)) return false;
  if (isFleet(a) && isFleet(b)) return a.minHealthy >= a.instances === b.minHealthy >= b.instances;
  if (a.kind === 'loadBalancer' && b.kind === 'loadBalancer') return a.multiAz === b.multiAz;
  if (a.kind === 'database' && b.kind === 'database') {
    return (
      a.model === b.model &&
      a.replicaGroupIds.length === b.replicaGroupIds.length &&
      a.replicaGroupIds.every((id, i) => id === b.replicaGroupIds[i]) &&
      (a.model !== 'leaderless' || (databaseFailureThreshold(a, 'read') === databaseFailureThreshold(b, 'read') && databaseFailureThreshold(a, 'write') === databaseFailureThreshold(b, 'write')))
    );
  }
  return true;
}

/** A call's rate as the structure sees it: never made (0), made on some requests (a `callMade` variable), or always. */
const callRateClass = (edge: CallEdge) => (edge.callsPerRequest <= 0 ? 0 : edge.callsPerRequest < 1 ? 1 : 2);

function sameEdge(a: Edge, b: Edge): boolean {
  if (a.id !== b.id || a.kind !== b.kind || a.from !== b.from || a.to !== b.to) return false;
  return a.kind !== 'call' || (b.kind === 'call' && a.appliesTo === b.appliesTo && callRateClass(a) === callRateClass(b));
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i] && !same(a[i] as T, b[i] as T)) return false;
  return true;
}

/**
 * Whether `b` has the availability structure of `a`, so that `compileAvailability(a)` serves `b` with
 * only {@link availabilityParameters} rerun. These are exactly the fields the compiled structure reads,
 * element by element in order: clients (id, location: latency routing picks the nearest region),
 * groups (id, kind, parent, catalog region), components (id, kind, group; fleet or not, and whether
 * one instance loss breaks the fleet, minHealthy ≥ instances; a load balancer's multiAz; a database's
 * model, replica groups and, leaderless, its R/W failure thresholds) and edges (id, kind, endpoints;
 * a call's appliesTo and whether it is made never, sometimes or always). Everything else — names,
 * availability specs, instance counts, hit ratios, weights, priorities, routing policies, timings,
 * workload, recovery — is a parameter. O(elements), no allocation; an element object shared by
 * both scenarios (an immutable edit elsewhere) is not looked into.
 */
export function sameAvailabilityStructure(a: Scenario, b: Scenario): boolean {
  return sameList(a.clients, b.clients, sameClient) && sameList(a.groups, b.groups, sameGroup) && sameList(a.components, b.components, sameComponent) && sameList(a.edges, b.edges, sameEdge);
}
