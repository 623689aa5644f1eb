import { availabilitySpecSchema, displayNameSchema, elementIdSchema, numberInRange, priceSpecSchema } from '../primitives';

/** Fields every component has, whatever its kind. */
export const componentBase = {
  id: elementIdSchema,
  name: displayNameSchema,
  /** The zone or region group it is placed in; null = global (DNS, CDN, external services). */
  groupId: elementIdSchema.nullable().default(null),
  availability: availabilitySpecSchema.default({ source: 'catalog' }),
  price: priceSpecSchema.default({ source: 'catalog' }),
};

/** How long one unit of work takes once it is being served. */
export const serviceTimeFields = {
  /** Mean service time of one request, milliseconds. */
  serviceTimeMs: numberInRange().min(0),
  /** Coefficient of variation of the service time (1 = exponential, 0 = constant). */
  serviceTimeCv: numberInRange().min(0).max(10),
};

/** Health checking done by routers (load balancers, DNS). */
export const healthCheckFields = {
  /** Seconds between health checks. */
  healthCheckIntervalSeconds: numberInRange().positive(),
  /** Consecutive failed checks before a target is marked down. */
  healthCheckFailureThreshold: numberInRange().int().min(1),
};
