import type { CompiledTopology } from '../compile/compiledModel';
import { edgeKindCall, edgeKindReplication } from '../compile/compiledModel';

/** The figures of the tradeoff table that depend on the topology alone (SPEC §2.7 operational complexity, security). */
export interface TopologyFigures {
  crossRegionCalls: number;
  /** Replication edges plus one link per extra database copy. */
  replicationLinks: number;
  /** Distinct catalog regions holding a component or a database copy. */
  regions: number;
  /** Components clients call directly. */
  publicEndpoints: number;
}

/** Kept per topology: a parameter edit keeps the topology, and these are linear passes over every site and edge. */
const figuresByTopology = new WeakMap<CompiledTopology, TopologyFigures>();

export function topologyFigures(t: CompiledTopology): TopologyFigures {
  const cached = figuresByTopology.get(t);
  if (cached) return cached;
  const regionOf = (c: number) => t.sites[c]?.regionGroupIndex ?? -1;
  let crossRegionCalls = 0;
  let replicationLinks = 0;
  for (let e = 0; e < t.edgeIds.length; e += 1) {
    const from = t.edgeFrom[e] ?? -1;
    if (t.edgeKind[e] === edgeKindReplication) replicationLinks += 1;
    if (from >= 0 && t.edgeKind[e] === edgeKindCall && regionOf(from) >= 0 && regionOf(t.edgeTo[e] ?? 0) >= 0 && regionOf(from) !== regionOf(t.edgeTo[e] ?? 0)) crossRegionCalls += 1;
  }
  for (const count of t.copyCount) replicationLinks += Math.max(0, count - 1);
  const regions = new Set<string>();
  for (const site of [...t.sites, ...t.copySites]) if (site?.region) regions.add(site.region.id);
  const publicEndpoints = new Set<number>();
  for (const e of t.clientOutEdges) publicEndpoints.add(t.edgeTo[e] ?? 0);
  const figures = { crossRegionCalls, replicationLinks, regions: regions.size, publicEndpoints: publicEndpoints.size };
  figuresByTopology.set(t, figures);
  return figures;
}
