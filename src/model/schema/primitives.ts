import { z } from 'zod';

/** Identifier of any element of a scenario (client, group, component, edge). */
export const elementIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -');

/** Human-readable name shown on the canvas; rendered only as text. */
export const displayNameSchema = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

export const fractionSchema = z.number().min(0).max(1);
export const positiveSchema = z.number().positive();
export const nonNegativeSchema = z.number().min(0);
export const positiveIntegerSchema = z.number().int().min(1);
export const nonNegativeIntegerSchema = z.number().int().min(0);

/**
 * Availability of one unit (one instance of a fleet, or a managed service as a whole), given as a
 * probability, as `mtbfHours` / `mttrHours`, or left to the catalog default for the kind.
 * An explicit `unavailability` keeps precision for values like 1e-9 that `1 − A` would round away.
 */
export const availabilitySpecSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('catalog') }),
  z.object({ source: z.literal('direct'), availability: z.number().gt(0).max(1) }),
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
