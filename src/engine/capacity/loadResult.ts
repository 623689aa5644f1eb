import type { CompiledModel } from '../compile/compiledModel';

/**
 * Traffic of a design per unit of offered load (SPEC §2.2): every figure is per request/s entering the
 * design, so the traffic at load X is X times these (the model is linear in the offered load).
 */
export interface LoadResult {
  /** Calls/s arriving at each component, per class: `arrivals[c * 2 + class]`. */
  arrivals: Float64Array;
  /** Calls (or messages) per second carried by each edge. */
  edgeRate: Float64Array;
  /** Requests/s a component answers to the Internet (first placed hop of a client request). */
  internetResponsesPerSecond: Float64Array;
  /** The same requests by the edge they arrived on (its callee answers them to the Internet). */
  internetResponsesByEdge: Float64Array;
  /** Replicated writes/s a database receives through replication edges. */
  replicatedWritesPerSecond: Float64Array;
  /** Operations/s each database copy serves (reads routed to it plus every write it applies), by copy index. */
  copyArrivals: Float64Array;
  /**
   * 1 when population p's requests reach component c: `reach[p * n + c]`; with scope `traffic`, what its
   * calls, messages and written data reach (replicas included), with `requestPath` what its requests wait
   * for. None for a population of share 0: `populationReach` has every population's.
   */
  reach: Uint8Array;
}

/**
 * What `propagateLoad` follows from a request: `traffic`, everything it causes (calls, async messages
 * and their consumers, replication); `requestPath`, only what the request waits for, as the latency walk
 * does (`RequestWalk`): its calls, and for a write into a database that is not leaderless, the primary
 * copy of each target of a synchronous replication edge (counted as a write arriving there, and not
 * followed further). Async messages are fire-and-forget, off the request path.
 */
export type LoadScope = 'traffic' | 'requestPath';

/** A load of nothing, sized for `model`. */
export function emptyLoadResult(model: CompiledModel): LoadResult {
  const t = model.topology;
  const n = t.componentIds.length;
  return {
    arrivals: new Float64Array(n * 2),
    edgeRate: new Float64Array(t.edgeIds.length),
    internetResponsesPerSecond: new Float64Array(n),
    internetResponsesByEdge: new Float64Array(t.edgeIds.length),
    replicatedWritesPerSecond: new Float64Array(n),
    copyArrivals: new Float64Array(t.copySites.length),
    reach: new Uint8Array(t.populationIds.length * n),
  };
}
