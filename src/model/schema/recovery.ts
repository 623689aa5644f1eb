import '../zodConfig';
import { z } from 'zod';
import { numberInRange } from './primitives';

/** How the design recovers from what redundancy does not survive. */
export const recoverySchema = z.object({
  strategy: z.enum(['none', 'backupRestore', 'pilotLight', 'warmStandby', 'activeActive']),
  /** Minutes between backups. */
  backupIntervalMin: numberInRange().positive(),
  /** Point-in-time recovery enabled (bounds RPO of corruption to its granularity). */
  pitr: z.boolean(),
  /** Restore throughput, gigabytes per hour. */
  restoreGbPerHour: numberInRange().positive(),
  targets: z.object({
    /** Recovery time objective, seconds. */
    rtoSec: numberInRange().min(0),
    /** Recovery point objective, seconds. */
    rpoSec: numberInRange().min(0),
  }),
});
export type Recovery = z.infer<typeof recoverySchema>;
export type RecoveryStrategy = Recovery['strategy'];
