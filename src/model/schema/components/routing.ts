import '../../zodConfig';
import { z } from 'zod';
import { componentBase, healthCheckFields, serviceTimeFields } from './base';
import { fractionSchema, numberInRange } from '../primitives';

/** Authoritative DNS with a routing policy over its targets. */
export const dnsComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('dns'),
  routing: z.enum(['latency', 'geo', 'weighted', 'failover']),
  /** Record TTL, seconds: clients keep a failed answer this long. */
  ttlSeconds: numberInRange().int().min(0),
  /** Milliseconds a resolver lookup adds for a request that is not cached. */
  lookupMs: numberInRange().min(0),
  ...healthCheckFields,
});

/** Anycast global load balancer (Global Accelerator, Google Cloud LB, Front Door). */
export const globalLbComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('globalLb'),
  routing: z.enum(['latency', 'weighted', 'failover']),
  /** Seconds to shift traffic away from a failed backend. */
  failoverSeconds: numberInRange().min(0),
  ...serviceTimeFields,
});

/** Content delivery network: hits are served at the PoP, misses go to the origin. */
export const cdnComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('cdn'),
  /** Share of requests served from the edge cache (0–1). */
  hitRatio: fractionSchema,
  /** Round trip from a user to the nearest point of presence, milliseconds. */
  popRttMs: numberInRange().min(0),
});

/** Regional or zonal load balancer in front of instances. */
export const loadBalancerComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('loadBalancer'),
  algorithm: z.enum(['roundRobin', 'leastConnections', 'ipHash', 'weighted', 'leastResponseTime']),
  /** Spread over several zones of its region (survives a zone loss). */
  multiAz: z.boolean(),
  ...healthCheckFields,
  ...serviceTimeFields,
});
