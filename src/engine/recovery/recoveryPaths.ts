import type { DatabaseComponent, Scenario } from '../../model';
import { routerFailoverTime } from '../availability/failoverTime';
import type { ExplainTerm } from '../report';
import { defaultTrafficSwitchSeconds, drProvisionSeconds, drStrategyNames, pitrGranularitySeconds } from './drStrategyDefaults';

/** A recovery time and recovery point with the terms that produced them. */
export interface RecoveryOutcome {
  rtoSeconds: number;
  rpoSeconds: number;
  rto: ExplainTerm[];
  rpo: ExplainTerm[];
}

const seconds = (label: string, value: number, elementId?: string): ExplainTerm => ({ label, value, unit: 's', ...(elementId === undefined ? {} : { elementId }) });
const total = (terms: ExplainTerm[]) => terms.reduce((sum, t) => sum + t.value, 0);

/** Builds an outcome from its RTO and RPO terms (each figure is the sum of its terms). */
export function recoveryOutcome(rto: ExplainTerm[], rpo: ExplainTerm[]): RecoveryOutcome {
  return { rtoSeconds: total(rto), rpoSeconds: total(rpo), rto, rpo };
}

/**
 * Seconds to move traffic to the recovery site: the failover time of the scenario's first DNS
 * (health check × threshold + TTL) or else its first global load balancer, else the Route 53
 * defaults of docs/sources.md §4.2 (150 s).
 */
export function trafficSwitchTerms(scenario: Scenario): ExplainTerm[] {
  const router = scenario.components.find((c) => c.kind === 'dns') ?? scenario.components.find((c) => c.kind === 'globalLb');
  const time = router ? routerFailoverTime(router) : null;
  return time ? time.terms : [seconds('Switch traffic (Route 53 defaults: 30 s × 3 + 60 s TTL)', defaultTrafficSwitchSeconds.value)];
}

/** Largest replication lag of the data, seconds: database `replicationLagMs` (async) and replication edges' `lagMs`. */
export function replicationLagTerms(scenario: Scenario): ExplainTerm[] {
  let worst: ExplainTerm | null = null;
  for (const c of scenario.components) {
    if (c.kind === 'database' && c.replication === 'async' && c.replicaGroupIds.length > 0 && (!worst || c.replicationLagMs / 1000 > worst.value)) {
      worst = seconds(`${c.name}: asynchronous replication lag`, c.replicationLagMs / 1000, c.id);
    }
  }
  for (const e of scenario.edges) {
    if (e.kind === 'replication' && e.mode === 'async' && (!worst || e.lagMs / 1000 > worst.value)) worst = seconds('Replication link lag', e.lagMs / 1000, e.id);
  }
  return [worst ?? seconds('No asynchronous copy: nothing in flight is lost', 0)];
}

/** RPO of restoring `restored` from backups: the PITR granularity (300 s, docs/sources.md §4.3) when PITR is on, else the backup interval; 0 when nothing is restored. */
export function backupRpoTerms(scenario: Scenario, restored: readonly DatabaseComponent[]): ExplainTerm[] {
  const { recovery } = scenario;
  const [first] = restored;
  if (!first) return [seconds('No database is lost: no write is lost', 0)];
  return recovery.pitr
    ? [seconds(`${first.name}: point-in-time recovery granularity (~5 min)`, pitrGranularitySeconds.value, first.id)]
    : [seconds(`${first.name}: backup every ${recovery.backupIntervalMin} min, writes since the last backup are lost`, recovery.backupIntervalMin * 60, first.id)];
}

/**
 * Seconds to restore `databases` from backups: their storage ÷ `recovery.restoreGbPerHour` × 3 600, the
 * term naming them (and pointing at the first); with none, a 0 s term saying nothing is restored.
 */
export function restoreTerm(scenario: Scenario, databases: readonly DatabaseComponent[]): ExplainTerm {
  const [first] = databases;
  if (!first) return seconds('No database is lost: nothing to restore', 0);
  const storageGb = databases.reduce((sum, db) => sum + db.storageGb, 0);
  const hours = storageGb / scenario.recovery.restoreGbPerHour;
  return seconds(`Restore ${databases.map((db) => db.name).join(', ')} (${storageGb} GB) at ${scenario.recovery.restoreGbPerHour} GB/h`, hours * 3600, first.id);
}

const databasesOf = (scenario: Scenario) => scenario.components.filter((c): c is DatabaseComponent => c.kind === 'database');

/**
 * Recovery by the scenario's DR strategy, or by `strategy` instead (SPEC §2.4, docs/sources.md §4.3), or null for `none`:
 * backupRestore: RTO = provision + restore(the databases `lost`, every database when not given) + traffic switch, RPO = backup/PITR;
 * pilotLight: RTO = scale up the idle copy + switch, RPO = replication lag;
 * warmStandby: RTO = scale out + switch, RPO = replication lag;
 * activeActive: RTO = switch, RPO = replication lag.
 */
export function strategyRecovery(scenario: Scenario, strategy = scenario.recovery.strategy, lost: readonly DatabaseComponent[] = databasesOf(scenario)): RecoveryOutcome | null {
  if (strategy === 'none') return null;
  const provision = drProvisionSeconds[strategy];
  const rto: ExplainTerm[] = [];
  if (provision.value > 0) rto.push(seconds(`${drStrategyNames[strategy]}: provision and scale up (assumption within the whitepaper's range)`, provision.value));
  if (strategy === 'backupRestore') rto.push(restoreTerm(scenario, lost));
  rto.push(...trafficSwitchTerms(scenario));
  return recoveryOutcome(rto, strategy === 'backupRestore' ? backupRpoTerms(scenario, lost) : replicationLagTerms(scenario));
}

/** Recovery by waiting for the failed element to be repaired: RTO = its MTTR; its data is intact, RPO = 0. */
export function repairRecovery(label: string, mttrHours: number, elementId: string): RecoveryOutcome {
  return recoveryOutcome([seconds(`${label}: repaired after its MTTR (${mttrHours} h)`, mttrHours * 3600, elementId)], [seconds('Outage, not loss: data is intact after repair', 0)]);
}
