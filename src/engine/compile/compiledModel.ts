import type { ComponentKind, Scenario } from '../../model';
import type { Site } from '../network/site';

/** Request classes: every request is a read or a write (workload.readFraction). */
export const requestClasses = ['reads', 'writes'] as const;
export type RequestClass = (typeof requestClasses)[number];
/** Index of a request class in per-class arrays: reads 0, writes 1. */
export const readClass = 0;
export const writeClass = 1;

/** Edge kinds as stored in `CompiledTopology.edgeKind`. */
export const edgeKindCall = 0;
export const edgeKindAsync = 1;
export const edgeKindReplication = 2;

/**
 * The structure of a scenario as flat arrays: what changes only when elements are added, removed,
 * reconnected or moved between groups. Component i, edge j and population p are array positions.
 * An edge's `from` is a component index, or `−(p + 1)` for population p.
 */
export interface CompiledTopology {
  componentIds: readonly string[];
  componentIndex: ReadonlyMap<string, number>;
  kinds: readonly ComponentKind[];
  /** Placement of each component; null for global components (no region). */
  sites: ReadonlyArray<Site | null>;
  /** Database copies: copy j of component i is `copySites[copyStart[i] + j]` (copy 0 = the primary). */
  copyStart: Int32Array;
  copyCount: Int32Array;
  copySites: readonly Site[];
  populationIds: readonly string[];
  populationSites: readonly Site[];
  edgeIds: readonly string[];
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeKind: Int8Array;
  /** Call edges out of each component, CSR: `outEdges[outStart[i] .. outStart[i + 1])`, in scenario order. */
  outStart: Int32Array;
  outEdges: Int32Array;
  /** Call edges out of each population, CSR like `outStart`. */
  clientOutStart: Int32Array;
  clientOutEdges: Int32Array;
  /** Async and replication edges out of each component, CSR. */
  flowOutStart: Int32Array;
  flowOutEdges: Int32Array;
  /** 1 for a call or async edge that closes a cycle: it is reported and left out of every walk. */
  cyclic: Uint8Array;
  /** Components in an order where every caller comes before its callees (cycle edges ignored). */
  topologicalOrder: Int32Array;
}

/**
 * The numbers of a scenario, read into typed arrays: what a parameter edit changes. Per component
 * arrays hold NaN (or 0) where a field does not apply to the kind.
 */
export interface ModelParameters {
  requestsPerSecond: number;
  readFraction: number;
  payloadKbIn: number;
  payloadKbOut: number;
  peakFactor: number;
  monthHours: number;
  populationShare: Float64Array;
  populationNewConnectionFraction: Float64Array;
  /** Last-mile RTT of each population, ms (fixed or mobile access). */
  populationLastMileMs: Float64Array;
  serviceMs: Float64Array;
  serviceCv: Float64Array;
  /** Fleet instances (compute, monolith), cache nodes, database concurrency per copy; 1 otherwise. */
  units: Float64Array;
  concurrency: Float64Array;
  autoscaling: Uint8Array;
  autoscalingMin: Float64Array;
  autoscalingMax: Float64Array;
  autoscalingTarget: Float64Array;
  hitRatio: Float64Array;
  /** CDN PoP RTT, DNS lookup, queue enqueue time: the fixed delay of the kind, ms. */
  fixedDelayMs: Float64Array;
  serverless: Uint8Array;
  serverlessColdStartMs: Float64Array;
  serverlessColdStartRate: Float64Array;
  serverlessMaxConcurrency: Float64Array;
  serverlessMemoryMb: Float64Array;
  edgeCallsPerRequest: Float64Array;
  /** 0 all, 1 reads only, 2 writes only. */
  edgeAppliesTo: Int8Array;
  /** Parallel group of a call edge, numbered per caller; −1 = sequential. */
  edgeParallelGroup: Int32Array;
  edgeTimeoutMs: Float64Array;
  edgeRetries: Float64Array;
  edgeRetryBackoffMs: Float64Array;
  edgeWeight: Float64Array;
  edgeFailoverPriority: Float64Array;
  edgeMessagesPerRequest: Float64Array;
  edgeSyncReplication: Uint8Array;
}

/** A scenario compiled once per structural change; `parameters` is re-read on every edit. */
export interface CompiledModel {
  scenario: Scenario;
  topology: CompiledTopology;
  parameters: ModelParameters;
}
