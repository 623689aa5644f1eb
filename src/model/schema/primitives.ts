import '../zodConfig';
import { z } from 'zod';
import { maxConcurrency, maxFleetSize, maxNumberMagnitude, minNumberMagnitude } from '../limits';
import { isReservedKey } from '../reservedKeys';

/**
 * Identifier of any element of a scenario (client, group, component, edge). Reports and layouts are
 * objects keyed by id, so the names of `Object.prototype` members are refused: `__proto__` as a key
 * would vanish (or replace the prototype), and looking up a missing `toString` would find a function;
 * `prototype` is refused too (see `reservedKeys`).
 */
export const elementIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -')
  .refine((id) => !(id in Object.prototype) && !isReservedKey(id), 'is a reserved word in JavaScript objects: choose another id');

/** Human-readable name shown on the canvas; rendered only as text. */
export const displayNameSchema = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

const scientific = (value: number) => value.toExponential().replace('+', '');

/**
 * Every number of a scenario: 0 or a magnitude in [1e-12, 1e12] (see `maxNumberMagnitude`), so that
 * the engine's products of a few of them neither overflow to ∞ nor underflow to 0.
 */
export const numberInRange = () =>
  z.number().refine((value) => value === 0 || (Math.abs(value) >= minNumberMagnitude && Math.abs(value) <= maxNumberMagnitude), {
    error: (issue) => `is ${String(issue.input)}; a number must be 0 or between ${scientific(minNumberMagnitude)} and ${scientific(maxNumberMagnitude)} in size`,
  });

/** A catalog region id (`aws:eu-west-1`); bounded, since an unknown one is quoted back in the error. */
export const catalogRegionIdSchema = z.string().min(1).max(64);

export const fractionSchema = numberInRange().min(0).max(1);
export const positiveSchema = numberInRange().positive();
export const nonNegativeSchema = numberInRange().min(0);
/** Instances of a fleet (or nodes of a cache), bounded so that an evaluation stays fast (see limits). */
export const fleetSizeSchema = numberInRange().int().min(1).max(maxFleetSize);
/** Requests served at once by one instance or one function, bounded likewise. */
export const concurrencySchema = numberInRange().int().min(1).max(maxConcurrency);
export const positiveIntegerSchema = numberInRange().int().min(1);
export const nonNegativeIntegerSchema = numberInRange().int().min(0);

/**
 * Availability of one unit (one instance of a fleet, or a managed service as a whole), given as a
 * probability, as `mtbfHours` / `mttrHours`, or left to the catalog default for the kind.
 * An explicit `unavailability` keeps precision for values like 1e-9 that `1 − A` would round away.
 */
export const availabilitySpecSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('catalog') }),
  z.object({ source: z.literal('direct'), availability: numberInRange().gt(0).max(1) }),
  z.object({ source: z.literal('unavailability'), unavailability: z.number().min(0).lt(1) }),
  z.object({ source: z.literal('mtbf'), mtbfHours: positiveSchema, mttrHours: positiveSchema }),
]);
export type AvailabilitySpec = z.infer<typeof availabilitySpecSchema>;

/** Price: the catalog's for the chosen instance or service type, or explicit unit prices in USD. */
export const priceSpecSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('catalog') }),
  z.object({
    source: z.literal('explicit'),
    usdPerHour: nonNegativeSchema.default(0),
    usdPerMillionRequests: nonNegativeSchema.default(0),
    usdPerGbMonth: nonNegativeSchema.default(0),
  }),
]);
export type PriceSpec = z.infer<typeof priceSpecSchema>;

export const jurisdictionSchema = z.enum(['US', 'CA', 'MX', 'BR', 'EU', 'UK', 'CH', 'IL', 'AE', 'BH', 'QA', 'ZA', 'IN', 'SG', 'AU', 'ID', 'MY', 'TH', 'HK', 'TW', 'JP', 'KR', 'CL', 'SA']);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const providerIdSchema = z.enum(['aws', 'gcp', 'azure', 'on-prem', 'custom']);
export type ProviderId = z.infer<typeof providerIdSchema>;
