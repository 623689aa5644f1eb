import '../zodConfig';
import { z } from 'zod';
import { numberInRange } from './primitives';

export const settingsSchema = z.object({
  currency: z.literal('USD'),
  /** Hours in a billing month (providers use 730). */
  monthHours: numberInRange().positive().default(730),
  pricing: z.enum(['onDemand', 'reserved1y', 'reserved3y', 'spot']),
});
export type Settings = z.infer<typeof settingsSchema>;
