import '../../zodConfig';
import { z } from 'zod';
import { componentBase, serviceTimeFields } from './base';
import { concurrencySchema, elementIdSchema, fleetSizeSchema, fractionSchema, numberInRange } from '../primitives';

/** In-memory cache (ElastiCache, Memorystore): hits answer here, misses continue to the next hop. */
export const cacheComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('cache'),
  /** Share of lookups answered by the cache (0–1). */
  hitRatio: fractionSchema,
  /** Catalog node type, e.g. `aws:cache.m6g.large`. */
  nodeType: z.string().min(1).max(64),
  /** Cache nodes (a primary and its replicas). */
  nodes: fleetSizeSchema,
  ...serviceTimeFields,
});

export const quorumSchema = z.object({
  /** Copies of each item. */
  n: numberInRange().int().min(1),
  /** Replies a read waits for. */
  r: numberInRange().int().min(1),
  /** Acknowledgements a write waits for. */
  w: numberInRange().int().min(1),
});

export const databaseComponentSchema = z
  .object({
    ...componentBase,
    kind: z.literal('database'),
    model: z.enum(['single', 'primaryReplica', 'distributedSql', 'leaderless']),
    /** Catalog instance type, e.g. `aws:db.m6i.large`. */
    instanceType: z.string().min(1).max(64),
    /** Where each copy beyond the first lives (zone or region groups); the first copy is at `groupId`. */
    replicaGroupIds: z.array(elementIdSchema).max(16),
    replication: z.enum(['sync', 'async']),
    /** Typical lag of asynchronous copies, milliseconds. */
    replicationLagMs: numberInRange().min(0),
    /** N/R/W for the leaderless model; ignored by the others. */
    quorum: quorumSchema,
    /** Seconds to promote a new primary after the old one fails. */
    failoverSeconds: numberInRange().min(0),
    /** Data stored, gigabytes. */
    storageGb: numberInRange().min(0),
    consistency: z.enum(['strong', 'bounded', 'eventual']),
    /** Queries one copy serves at once. */
    concurrency: concurrencySchema,
    ...serviceTimeFields,
  })
  .superRefine((db, ctx) => {
    if (db.model === 'single' && db.replicaGroupIds.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['replicaGroupIds'], message: 'a single database has no replicas; choose primaryReplica' });
    }
    if (db.model === 'leaderless') {
      const copies = db.replicaGroupIds.length + 1;
      if (db.quorum.n !== copies) {
        ctx.addIssue({ code: 'custom', path: ['quorum', 'n'], message: `must equal the number of copies (${copies})` });
      }
      if (db.quorum.r > db.quorum.n) ctx.addIssue({ code: 'custom', path: ['quorum', 'r'], message: 'must be ≤ n' });
      if (db.quorum.w > db.quorum.n) ctx.addIssue({ code: 'custom', path: ['quorum', 'w'], message: 'must be ≤ n' });
    }
  });

/** Message queue (SQS, Pub/Sub): takes async edges off the latency path. */
export const queueComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('queue'),
  type: z.enum(['standard', 'fifo']),
  /** Mean time to enqueue a message, milliseconds. */
  enqueueMs: numberInRange().min(0),
});

/** Object storage bucket (S3, GCS). */
export const objectStorageComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('objectStorage'),
  storageClass: z.enum(['standard', 'infrequentAccess']),
  /** Data stored, gigabytes. */
  storageGb: numberInRange().min(0),
  ...serviceTimeFields,
});

/** A third-party API with its own latency and availability (payments, email…). */
export const externalComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('external'),
  /** Response time of the API as seen from its caller, network included, milliseconds. */
  latencyMs: numberInRange().min(0),
  /** Coefficient of variation of that latency. */
  latencyCv: numberInRange().min(0).max(10),
});
