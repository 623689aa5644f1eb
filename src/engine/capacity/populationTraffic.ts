import type { LoadRunner } from './loadRunner';
import { populationLoads } from './propagateLoad';

/**
 * The one traffic plan of a design (SPEC §2.2): where each population's requests go while everything
 * is up, per request class, as the request walk routes them (`routeWeights`: latency routing by the
 * measured RTT from the request's context, geo by great-circle distance, weights, failover priorities,
 * CDN and cache misses, cache-aside gates, `callsPerRequest`). Latency, capacity and cost walk the
 * same rules over the mixed traffic; availability and recovery read this plan, so a population enters
 * the same targets in every section.
 */
export interface PopulationTraffic {
  /** Per root `population * 2 + class` (0 read, 1 write): calls per request of that class carried by each edge. */
  edgeCalls: Float64Array[];
}

/**
 * The traffic plan of the runner's model: the load on the request path (what a request waits for) at one request/s
 * of one population and one class at a time (`populationLoads`). The walk is linear in each, so these
 * add up, weighted by share × class fraction, to the design's traffic. O(populations × (components + edges)).
 */
export function populationTraffic(runner: LoadRunner): PopulationTraffic {
  const reads = populationLoads(runner, 'requestPath', [1, 0]);
  const writes = populationLoads(runner, 'requestPath', [0, 1]);
  return { edgeCalls: reads.flatMap((read, q) => [read.edgeRate, writes[q]?.edgeRate ?? new Float64Array(read.edgeRate.length)]) };
}
