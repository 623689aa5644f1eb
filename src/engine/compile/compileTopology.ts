import { csrAdjacency as csr, findCatalogRegion, topologicalOrder, type Group, type Scenario } from '../../model';
import type { Site } from '../network/site';
import { edgeKindAsync, edgeKindCall, edgeKindReplication, type CompiledTopology } from './compiledModel';
import { resolvePlacement } from './placement';

function groupSite(groupId: string | null, groupsById: ReadonlyMap<string, Group>, groupIndex: ReadonlyMap<string, number>): Site | null {
  const placement = resolvePlacement(groupId, groupsById);
  if (placement.region === null || placement.regionGroupId === null) return null;
  return {
    regionGroupIndex: groupIndex.get(placement.regionGroupId) ?? -1,
    zoneGroupIndex: placement.zoneGroupId === null ? -1 : (groupIndex.get(placement.zoneGroupId) ?? -1),
    region: placement.region,
    latDeg: placement.region.latDeg,
    lonDeg: placement.region.lonDeg,
  };
}

/**
 * Compiles the structure of a validated scenario: indices, placements (through `resolvePlacement`),
 * CSR adjacency of call and async/replication edges, cycle-closing edges and a topological order.
 * O(components + edges); run once per structural edit.
 */
export function compileTopology(scenario: Scenario): CompiledTopology {
  const groupsById = new Map(scenario.groups.map((group) => [group.id, group]));
  const groupIndex = new Map(scenario.groups.map((group, i) => [group.id, i]));
  const componentIds = scenario.components.map((component) => component.id);
  const componentIndex = new Map(componentIds.map((id, i) => [id, i]));
  const populationIndex = new Map(scenario.clients.map((client, i) => [client.id, i]));
  const n = componentIds.length;

  const sites = scenario.components.map((component) => groupSite(component.groupId, groupsById, groupIndex));
  const copyStart = new Int32Array(n);
  const copyCount = new Int32Array(n);
  const copySites: Site[] = [];
  scenario.components.forEach((component, i) => {
    copyStart[i] = copySites.length;
    if (component.kind !== 'database') return;
    const groupIds = [component.groupId, ...component.replicaGroupIds];
    for (const groupId of groupIds) {
      const site = groupSite(groupId, groupsById, groupIndex);
      if (site !== null) copySites.push(site);
    }
    copyCount[i] = copySites.length - (copyStart[i] ?? 0);
  });

  const populationSites: Site[] = scenario.clients.map(({ location }) => {
    if (location.kind === 'coordinates') return { regionGroupIndex: -1, zoneGroupIndex: -1, region: null, latDeg: location.latDeg, lonDeg: location.lonDeg };
    const region = findCatalogRegion(location.regionId) ?? null;
    return { regionGroupIndex: -1, zoneGroupIndex: -1, region, latDeg: region?.latDeg ?? 0, lonDeg: region?.lonDeg ?? 0 };
  });

  const edgeCount = scenario.edges.length;
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const edgeKind = new Int8Array(edgeCount);
  const kindCode = { call: edgeKindCall, async: edgeKindAsync, replication: edgeKindReplication } as const;
  scenario.edges.forEach((edge, e) => {
    const fromComponent = componentIndex.get(edge.from);
    edgeFrom[e] = fromComponent ?? -((populationIndex.get(edge.from) ?? 0) + 1);
    edgeTo[e] = componentIndex.get(edge.to) ?? 0;
    edgeKind[e] = kindCode[edge.kind];
  });

  const out = csr(n, (e) => (edgeKind[e] === edgeKindCall && (edgeFrom[e] ?? -1) >= 0 ? (edgeFrom[e] ?? -1) : -1), edgeCount);
  const clientOut = csr(scenario.clients.length, (e) => ((edgeFrom[e] ?? 0) < 0 ? -(edgeFrom[e] ?? 0) - 1 : -1), edgeCount);
  const flowOut = csr(n, (e) => (edgeKind[e] !== edgeKindCall ? (edgeFrom[e] ?? -1) : -1), edgeCount);
  const walked = csr(n, (e) => (edgeKind[e] !== edgeKindReplication && (edgeFrom[e] ?? -1) >= 0 ? (edgeFrom[e] ?? -1) : -1), edgeCount);
  const cyclic = new Uint8Array(edgeCount);
  const order = topologicalOrder(n, walked.start, walked.edges, edgeTo, cyclic);

  return {
    componentIds,
    componentIndex,
    kinds: scenario.components.map((component) => component.kind),
    sites,
    copyStart,
    copyCount,
    copySites,
    populationIds: scenario.clients.map((client) => client.id),
    populationSites,
    edgeIds: scenario.edges.map((edge) => edge.id),
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
