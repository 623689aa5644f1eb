import '../zodConfig';
import { z } from 'zod';
import { fractionSchema, nonNegativeSchema, numberInRange } from './primitives';

/** The traffic the whole design serves. */
export const workloadSchema = z.object({
  /** Average offered load of the whole system, requests per second. */
  requestsPerSecond: nonNegativeSchema,
  /** Share of requests that only read (0–1); the rest write. */
  readFraction: fractionSchema,
  /** Mean request body, kilobytes (client → system). */
  payloadKbIn: nonNegativeSchema,
  /** Mean response body, kilobytes (system → client). */
  payloadKbOut: nonNegativeSchema,
  /** Peak load ÷ average load (≥ 1), for sizing at the busiest hour. */
  peakFactor: numberInRange().min(1),
});
export type Workload = z.infer<typeof workloadSchema>;
