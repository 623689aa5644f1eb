import '../zodConfig';
import { z } from 'zod';
import { catalogRegionIdSchema, displayNameSchema, elementIdSchema, fractionSchema, jurisdictionSchema, numberInRange } from './primitives';

export const clientLocationSchema = z.discriminatedUnion('kind', [
  /** Users near a catalog region, e.g. `aws:eu-west-2`. */
  z.object({ kind: z.literal('region'), regionId: catalogRegionIdSchema }),
  /** Users at a point on the globe, degrees. */
  z.object({
    kind: z.literal('coordinates'),
    latDeg: numberInRange().min(-90).max(90),
    lonDeg: numberInRange().min(-180).max(180),
  }),
]);
export type ClientLocation = z.infer<typeof clientLocationSchema>;

/** A population of users: where they are and what share of the traffic they send. */
export const clientPopulationSchema = z.object({
  id: elementIdSchema,
  name: displayNameSchema,
  location: clientLocationSchema,
  /** Share of all requests (0–1); shares of all populations sum to 1. */
  share: fractionSchema,
  /** Last-mile kind: fixed broadband or mobile (adds last-mile RTT). */
  access: z.enum(['fixed', 'mobile']),
  /** Fraction of requests that open a new connection (pay TCP + TLS handshakes), 0–1. */
  newConnectionFraction: fractionSchema,
  /** Jurisdictions this population's data may live in (e.g. `EU`); absent = anywhere. */
  residency: z.array(jurisdictionSchema).optional(),
});
export type ClientPopulation = z.infer<typeof clientPopulationSchema>;
