import { csrAdjacency as csr, findCatalogRegion, topologicalOrder, type ClientPopulation, type Component, type ComponentKind, type Edge, type Group, type Scenario } from '../../model';
import type { Site } from '../network/site';
import { edgeKindAsync, edgeKindCall, edgeKindReplication, type CompiledTopology } from './compiledModel';
import { resolvePlacement } from './placement';

/**
 * The site of each group id, resolved once per group: components share a few groups. Each call hands
 * out a site object of its own (the walk tells a component's site from its caller's by identity).
 */
class GroupSites {
  private readonly resolved = new Map<string | null, Site | null>();

  constructor(
    private readonly groupsById: ReadonlyMap<string, Group>,
    private readonly groupIndex: ReadonlyMap<string, number>,
  ) {}

  siteOf(groupId: string | null): Site | null {
    let site = this.resolved.get(groupId);
    if (site === undefined) {
      site = this.resolve(groupId);
      this.resolved.set(groupId, site);
    }
    return site === null ? null : { ...site };
  }

  private resolve(groupId: string | null): Site | null {
    const placement = resolvePlacement(groupId, this.groupsById);
    if (placement.region === null || placement.regionGroupId === null) return null;
    return {
      regionGroupIndex: this.groupIndex.get(placement.regionGroupId) ?? -1,
      zoneGroupIndex: placement.zoneGroupId === null ? -1 : (this.groupIndex.get(placement.zoneGroupId) ?? -1),
      region: placement.region,
      latDeg: placement.region.latDeg,
      lonDeg: placement.region.lonDeg,
    };
  }
}

/**
 * Compiles the structure of a validated scenario: indices, placements (through `resolvePlacement`),
 * CSR adjacency of call and async/replication edges, cycle-closing edges and a topological order.
 * O(components + edges); run once per structural edit.
 */
export function compileTopology(scenario: Scenario): CompiledTopology {
  // One pass over each list, each element's fields read once: `updateCompiledModel` records these
  // reads (`recordReads`), each a proxy trap, on every structural edit.
  const { groups, components, clients, edges } = scenario;
  const groupsById = new Map<string, Group>();
  const groupIndex = new Map<string, number>();
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i] as Group;
    groupsById.set(group.id, group);
    groupIndex.set(group.id, i);
  }
  const groupSites = new GroupSites(groupsById, groupIndex);
  const n = components.length;
  const componentIds: string[] = [];
  const componentIndex = new Map<string, number>();
  const kinds: ComponentKind[] = [];
  const sites: Array<Site | null> = [];
  const copyStart = new Int32Array(n);
  const copyCount = new Int32Array(n);
  const copySites: Site[] = [];
  for (let i = 0; i < n; i += 1) {
    const component = components[i] as Component;
    const { id, kind, groupId } = component;
    componentIds.push(id);
    componentIndex.set(id, i);
    kinds.push(kind);
    sites.push(groupSites.siteOf(groupId));
    copyStart[i] = copySites.length;
    if (component.kind !== 'database') continue;
    for (const copyGroupId of [groupId, ...component.replicaGroupIds]) {
      const site = groupSites.siteOf(copyGroupId);
      if (site !== null) copySites.push(site);
    }
    copyCount[i] = copySites.length - (copyStart[i] ?? 0);
  }

  const populationIds: string[] = [];
  const populationIndex = new Map<string, number>();
  const populationSites: Site[] = [];
  for (let q = 0; q < clients.length; q += 1) {
    const { id, location } = clients[q] as ClientPopulation;
    populationIds.push(id);
    populationIndex.set(id, q);
    if (location.kind === 'coordinates') {
      populationSites.push({ regionGroupIndex: -1, zoneGroupIndex: -1, region: null, latDeg: location.latDeg, lonDeg: location.lonDeg });
      continue;
    }
    const region = findCatalogRegion(location.regionId) ?? null;
    populationSites.push({ regionGroupIndex: -1, zoneGroupIndex: -1, region, latDeg: region?.latDeg ?? 0, lonDeg: region?.lonDeg ?? 0 });
  }

  const edgeCount = edges.length;
  const edgeIds: string[] = [];
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const edgeKind = new Int8Array(edgeCount);
  const kindCode = { call: edgeKindCall, async: edgeKindAsync, replication: edgeKindReplication } as const;
  for (let e = 0; e < edgeCount; e += 1) {
    const { id, kind, from, to } = edges[e] as Edge;
    edgeIds.push(id);
    edgeFrom[e] = componentIndex.get(from) ?? -((populationIndex.get(from) ?? 0) + 1);
    edgeTo[e] = componentIndex.get(to) ?? 0;
    edgeKind[e] = kindCode[kind];
  }

  const out = csr(n, (e) => (edgeKind[e] === edgeKindCall && (edgeFrom[e] ?? -1) >= 0 ? (edgeFrom[e] ?? -1) : -1), edgeCount);
  const clientOut = csr(clients.length, (e) => ((edgeFrom[e] ?? 0) < 0 ? -(edgeFrom[e] ?? 0) - 1 : -1), edgeCount);
  const flowOut = csr(n, (e) => (edgeKind[e] !== edgeKindCall ? (edgeFrom[e] ?? -1) : -1), edgeCount);
  const walked = csr(n, (e) => (edgeKind[e] !== edgeKindReplication && (edgeFrom[e] ?? -1) >= 0 ? (edgeFrom[e] ?? -1) : -1), edgeCount);
  const cyclic = new Uint8Array(edgeCount);
  const order = topologicalOrder(n, walked.start, walked.edges, edgeTo, cyclic);

  return {
    componentIds,
    componentIndex,
    kinds,
    sites,
    copyStart,
    copyCount,
    copySites,
    populationIds,
    populationSites,
    edgeIds,
    edgeFrom,
    edgeTo,
    edgeKind,
    outStart: out.start,
    outEdges: out.edges,
    clientOutStart: clientOut.start,
    clientOutEdges: clientOut.edges,
    flowOutStart: flowOut.start,
    flowOutEdges: flowOut.edges,
    cyclic,
    topologicalOrder: order,
  };
}
