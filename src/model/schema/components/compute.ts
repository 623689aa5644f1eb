import '../../zodConfig';
import { z } from 'zod';
import { componentBase, serviceTimeFields } from './base';
import { concurrencySchema, fleetSizeSchema, fractionSchema, numberInRange } from '../primitives';

export const autoscalingSchema = z
  .object({
    enabled: z.boolean(),
    /** Fewest instances the scaler keeps. */
    min: fleetSizeSchema,
    /** Most instances the scaler may add. */
    max: fleetSizeSchema,
    /** Utilization the scaler aims for (0–1). */
    targetUtilization: numberInRange().gt(0).max(1),
    /** Seconds from decision to a new instance serving traffic. */
    scaleUpSeconds: numberInRange().min(0),
  })
  .refine((a) => a.max >= a.min, { message: 'max must be ≥ min', path: ['max'] });

/** A fleet of identical instances: the fields a VM group, a container service and a monolith share. */
const fleetFields = {
  /** Catalog instance type, e.g. `aws:m6i.large`. */
  instanceType: z.string().min(1).max(64),
  /** Instances running (at average load, before autoscaling). */
  instances: fleetSizeSchema,
  /** Instances that must be up for the fleet to serve (k of n). */
  minHealthy: fleetSizeSchema,
  /** Requests one instance serves at once (worker threads / connections). */
  concurrency: concurrencySchema,
  ...serviceTimeFields,
  autoscaling: autoscalingSchema,
};

export const serverlessSchema = z.object({
  /** Memory size, MB (billing is per GB-second). */
  memoryMb: numberInRange().int().min(128).max(10240),
  /** Added latency of a cold start, milliseconds. */
  coldStartMs: numberInRange().min(0),
  /** Share of invocations that start cold (0–1). */
  coldStartRate: fractionSchema,
  /** Most concurrent executions the account allows this function. */
  maxConcurrency: concurrencySchema,
});

export const computeComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('compute'),
  flavor: z.enum(['vm', 'container', 'serverless']),
  ...fleetFields,
  /** Used when `flavor` is serverless. */
  serverless: serverlessSchema,
});

/** One deployable that holds several modules: the monolith side of the tradeoff. */
export const monolithComponentSchema = z.object({
  ...componentBase,
  kind: z.literal('monolith'),
  flavor: z.enum(['vm', 'container']),
  ...fleetFields,
  /** Names of the modules deployed together (e.g. catalog, cart, payments). */
  modules: z.array(z.string().trim().min(1).max(60)).max(50),
});
