import type { RecoveryStrategy } from '../../model';
import { assumption, fact, type Sourced } from '../catalog/sourced';

const whitepaper = 'docs/sources.md §4.3: AWS whitepaper "Disaster Recovery of Workloads on AWS", DR options table';
const whitepaperSection = '§4.3: AWS whitepaper "Disaster Recovery of Workloads on AWS", DR options table';

/**
 * Seconds a DR strategy needs, beyond data restore and the DNS switch, before the recovery site
 * serves: provisioning and scale-up. The whitepaper gives ranges (RTO "hours", "10s of minutes",
 * "minutes", "near zero"); each value here is a concrete choice inside its range, named as an assumption.
 */
export const drProvisionSeconds: Record<Exclude<RecoveryStrategy, 'none'>, Sourced> = {
  backupRestore: assumption(
    3600,
    's',
    'RTO "hours": 1 h to provision the stack from infrastructure as code, the low end of the range; the data restore time (storage ÷ restore rate) is added on top.',
    whitepaper,
  ),
  pilotLight: assumption(1200, 's', 'RTO "10s of minutes": 20 min to start the idle compute and scale it to production size.', whitepaper),
  warmStandby: assumption(300, 's', 'RTO "minutes": 5 min to scale the reduced standby out to production size.', whitepaper),
  activeActive: fact(0, 's', whitepaperSection, undefined, 'RTO "near zero / potentially zero": the other sites already serve; only the traffic switch remains.'),
};

/** Restore granularity of point-in-time recovery, seconds: continuous backups/PITR "can reach ~5 min" (docs/sources.md §4.3). */
export const pitrGranularitySeconds: Sourced = fact(300, 's', whitepaperSection);

/**
 * DNS switch when the scenario draws no DNS or global load balancer, seconds: Route 53 standard
 * health check 30 s × default threshold 3 + alias-record TTL 60 s = 150 s (docs/sources.md §4.2).
 */
export const defaultTrafficSwitchSeconds: Sourced = fact(30 * 3 + 60, 's', '§4.2: Route 53 health-check interval 30 s, failure threshold 3; alias-record TTL 60 s');

/** A DR strategy as the report's explanations name it. */
export const drStrategyNames: Record<RecoveryStrategy, string> = {
  none: 'No DR strategy',
  backupRestore: 'Backup & restore',
  pilotLight: 'Pilot light',
  warmStandby: 'Warm standby',
  activeActive: 'Active/active',
};
