import type { ScenarioGraph } from './scenarioGraph';
import { componentDomainIds, databaseCopyCount, databaseCopyPlacementKey, failureDomainIds } from './scenarioGraph';
import { toCsr } from './trafficPlan';
import { failoverRouterKindSet } from '../compile/callPlans';

/**
 * What each failure domain holds and who routes around each component, as index arrays (indexes in
 * `scenario.components` and `scenario.groups`), so the recovery pass enumerates its events without
 * scanning the scenario once per event.
 */
export interface DomainMembership {
  /** Per group: first entry in `groupComponents`; length groups + 1. */
  groupComponentStart: Int32Array;
  /** Components whose own unit the group holds (for a database, its primary copy), ascending. */
  groupComponents: Int32Array;
  /** Per group: first entry in the `groupDatabase*` arrays; length groups + 1. */
  groupDatabaseStart: Int32Array;
  /** Databases with at least one copy in the group, ascending. */
  groupDatabase: Int32Array;
  /** How many of that database's copies the group holds. */
  groupDatabaseCopies: Int32Array;
  /** 1 when the group holds that database's primary and the database has other copies. */
  groupDatabasePrimary: Uint8Array;
  /** Per component: first entry in `callerRouters`; length components + 1. */
  callerRouterStart: Int32Array;
  /** Routers that fail over (DNS, global LB, load balancer) and call the component, ascending. */
  callerRouters: Int32Array;
}

/** Indexes domain membership and router callers of a scenario's structure. O(components + edges). */
export function compileDomainMembership(graph: ScenarioGraph): DomainMembership {
  const { components, groups } = graph.scenario;
  const { groupIndex, componentIndex } = graph;
  const holds: number[][] = groups.map(() => []);
  const databases: Array<Array<[number, number, number]>> = groups.map(() => []);
  const callers: number[][] = components.map(() => []);
  components.forEach((component, c) => {
    for (const id of componentDomainIds(graph, component)) holds[groupIndex.get(id) as number]?.push(c);
    if (failoverRouterKindSet.has(component.kind)) {
      for (const edge of graph.callsFrom.get(component.id) ?? []) {
        const list = callers[componentIndex.get(edge.to) ?? -1];
        if (list && list[list.length - 1] !== c) list.push(c);
      }
    }
    if (component.kind !== 'database') return;
    const copies = databaseCopyCount(component);
    const lost = new Map<number, [number, number]>();
    for (let k = 0; k < copies; k += 1) {
      for (const id of failureDomainIds(graph.placements.get(databaseCopyPlacementKey(component.id, k)))) {
        const g = groupIndex.get(id) as number;
        const [count, primary] = lost.get(g) ?? [0, 0];
        lost.set(g, [count + 1, k === 0 && copies > 1 ? 1 : primary]);
      }
    }
    for (const [g, [count, primary]] of lost) databases[g]?.push([c, count, primary]);
  });
  const held = toCsr(holds);
  const routers = toCsr(callers);
  const db = toCsr(databases.map((list) => list.map(([c]) => c)));
  const flat = databases.flat();
  return {
    groupComponentStart: held.start,
    groupComponents: held.items,
    groupDatabaseStart: db.start,
    groupDatabase: db.items,
    groupDatabaseCopies: Int32Array.from(flat, ([, count]) => count),
    groupDatabasePrimary: Uint8Array.from(flat, ([, , primary]) => primary),
    callerRouterStart: routers.start,
    callerRouters: routers.items,
  };
}
