import '../zodConfig';
import { z } from 'zod';
import { elementIdSchema, numberInRange } from './primitives';

const edgeBase = {
  id: elementIdSchema,
  /** Caller: a client population or a component. */
  from: elementIdSchema,
  /** Callee: a component. */
  to: elementIdSchema,
};

/** Synchronous request/response: on the latency path and a dependency for availability. */
export const callEdgeSchema = z.object({
  ...edgeBase,
  kind: z.literal('call'),
  /** Mean calls made per request that reaches the caller (may be fractional). */
  callsPerRequest: numberInRange().min(0).max(1000),
  /** Which requests make this call: all, only reads, or only writes. */
  appliesTo: z.enum(['all', 'reads', 'writes']),
  /**
   * For a call into a cache or CDN: which requests it may answer from what it holds. Only reads can be:
   * a write has to reach the data's origin, so writes pass through whatever this says ('all' is kept as
   * written, and warned about). Absent in documents written before it existed: reads.
   */
  servedFromCache: z.enum(['reads', 'all']).default('reads'),
  /** Calls sharing a group label run in parallel: the caller waits for the slowest (fan-out). */
  parallelGroup: z.string().max(40).nullable().default(null),
  /** Give up waiting after this long, milliseconds; null = no timeout. */
  timeoutMs: numberInRange().positive().nullable().default(null),
  /** Extra attempts after a failure. */
  retries: numberInRange().int().min(0).max(10),
  /** Wait before the first retry, milliseconds (doubles each retry). */
  retryBackoffMs: numberInRange().min(0),
  /** Routing weight when the caller is a weighted router. */
  weight: numberInRange().min(0),
  /** Order among failover targets (0 = primary). */
  failoverPriority: numberInRange().int().min(0).max(100),
});

/** Fire-and-forget message through a queue: off the latency path. */
export const asyncEdgeSchema = z.object({
  ...edgeBase,
  kind: z.literal('async'),
  /** Mean messages sent per request that reaches the sender. */
  messagesPerRequest: numberInRange().min(0).max(1000),
});

/** Database → database replication. */
export const replicationEdgeSchema = z.object({
  ...edgeBase,
  kind: z.literal('replication'),
  mode: z.enum(['sync', 'async']),
  /** Typical lag of the copy, milliseconds (async). */
  lagMs: numberInRange().min(0),
});

export const edgeSchema = z.discriminatedUnion('kind', [callEdgeSchema, asyncEdgeSchema, replicationEdgeSchema]);
export type Edge = z.infer<typeof edgeSchema>;
export type EdgeKind = Edge['kind'];
export type CallEdge = z.infer<typeof callEdgeSchema>;
export type AsyncEdge = z.infer<typeof asyncEdgeSchema>;
export type ReplicationEdge = z.infer<typeof replicationEdgeSchema>;
export const edgeKinds = ['call', 'async', 'replication'] as const satisfies readonly EdgeKind[];
