import type { Component, DatabaseComponent, Scenario } from '../../model';
import { availabilityParameters, type AvailabilityParameters } from '../availability/availabilityParameters';
import { compileAvailability, type CompiledAvailability } from '../availability/compileAvailability';
import { failoverTimesOf, type FailoverTime } from '../availability/failoverTime';
import { isFleet } from '../availability/scenarioGraph';
import { readDerived } from '../readRecord';
import { singleFailuresOf } from '../availability/singlePointsOfFailure';
import type { ExplainTerm, RecoveryEvent, RecoveryReport } from '../report';
import { backupRpoTerms, recoveryOutcome, repairRecovery, restoreTerm, strategyRecovery, type RecoveryOutcome } from './recoveryPaths';
import { drStrategyNames } from './drStrategyDefaults';
import { componentLossFailures, lossCauses, type LossCauses } from './lostComponents';
import { recoveryByClass } from './recoveryByClass';
import { standbyScaleOutTerm } from './standbyScaleOut';
import { missingRecoverySite, type RecoveryLoss } from './recoverySite';

type EventKind = RecoveryEvent['kind'];
/** Whether losing one instance fails the fleet (fewer than minHealthy left): read as this one value, not as the instance count. */
const instanceLossFailsFleet = (fleet: Component) => isFleet(fleet) && fleet.instances - 1 < fleet.minHealthy;

const seconds = (label: string, value: number, elementId?: string): ExplainTerm => (elementId === undefined ? { label, value, unit: 's' } : { label, value, unit: 's', elementId });

/**
 * Which single failures every population survives (reads and writes, every request missing every
 * cache, everything else up): `nothing` when no failure is needed to fail a weighted root (then
 * no event is survived), and per variable whether its failure alone fails one. Read off the BDD in
 * one pass shared with the report's single points of failure (`singleFailuresOf`), not by evaluating
 * the fault tree once per event.
 */
function survival(compiled: CompiledAvailability, parameters: AvailabilityParameters): (variable: number | null) => boolean {
  const { failsAnyway, byRoot } = singleFailuresOf(compiled, parameters);
  const failsAlone = new Uint8Array(compiled.structure.tree.variables.length);
  let failsWithNothingDown = false;
  byRoot.forEach((list, r) => {
    if ((parameters.rootClassFraction[r] as number) === 0) return;
    if (failsAnyway[r] === 1) failsWithNothingDown = true;
    for (const v of list) failsAlone[v] = 1;
  });
  return (variable) => !failsWithNothingDown && (variable === null || failsAlone[variable] === 0);
}

/**
 * Router calls that carry requests while everything is up (`has(router * n + target)`, n components),
 * for every root that sends requests of its class: a router detecting the loss of a target it sends
 * nothing to (a standby behind failover routing) interrupts nobody.
 */
function carriedRouterCalls(compiled: CompiledAvailability, parameters: AvailabilityParameters, scenario: Scenario): Set<number> {
  const n = scenario.components.length;
  const carried = new Set<number>();
  compiled.traffic.roots.forEach((root, r) => {
    const shares = parameters.rootShares[r];
    if (!shares || !((parameters.rootClassFraction[r] as number) > 0)) return;
    const { outStart, slotTo } = root.calls;
    for (const c of shares.reached) {
      for (let slot = outStart[c] as number; slot < (outStart[c + 1] as number); slot += 1) if ((shares.slot[slot] as number) > 0) carried.add(c * n + (slotTo[slot] as number));
    }
  });
  return carried;
}

/**
 * The failover routers (DNS, global LB, load balancer) that route around the loss of `lost` components:
 * those still up that send requests to one of them. A router whose every target is lost answers nothing
 * (an ALB without a healthy target returns 503), so it is lost to its own callers' health checks, and
 * they are the ones that route around it. Ascending component indexes.
 */
function reroutingRouters(lost: ReadonlySet<number>, targetsOf: ReadonlyArray<readonly number[]>, carried: ReadonlySet<number>): number[] {
  const n = targetsOf.length;
  const seenLost = new Set(lost);
  for (let grew = true; grew; ) {
    grew = false;
    targetsOf.forEach((targets, r) => {
      if (targets.length > 0 && !seenLost.has(r) && targets.every((t) => seenLost.has(t))) {
        seenLost.add(r);
        grew = true;
      }
    });
  }
  const routers: number[] = [];
  targetsOf.forEach((targets, r) => {
    if (!seenLost.has(r) && targets.some((t) => seenLost.has(t) && carried.has(r * n + t))) routers.push(r);
  });
  return routers;
}

/** The outcome of a loss that nothing has to detect and that loses no data (shared by every such event). */
const quietOutcome = (): RecoveryOutcome =>
  recoveryOutcome([seconds('Nothing to detect: no router or primary is involved', 0)], [seconds('Synchronous or quorum copies: no committed write is lost', 0)]);

/**
 * RTO/RPO when redundancy absorbs a loss: RTO = the slowest detection + failover it triggers among
 * `routers` (ascending component indexes; the first of equals is named) and the promotions of the
 * databases in `copiesLost` whose primary is lost (`promotes`: primaryReplica or distributedSql with
 * another copy; a leaderless store has no primary and keeps answering while its quorums hold);
 * RPO = the replication lag of a lossy loss (a promoted async primaryReplica, or a leaderless store
 * that lost ≥ W copies), else 0.
 */
function redundancyOutcome(
  routers: ArrayLike<number>,
  timeOf: (router: number) => FailoverTime | null,
  components: readonly Component[],
  copiesLost: ReadonlyArray<{ db: DatabaseComponent; copiesLost: number; promotes: boolean }>,
  quiet: RecoveryOutcome,
): RecoveryOutcome {
  if (routers.length === 0 && copiesLost.length === 0) return quiet;
  let rto = quiet.rto[0] as ExplainTerm;
  let rpo = quiet.rpo[0] as ExplainTerm;
  for (let i = 0; i < routers.length; i += 1) {
    const time = timeOf(routers[i] as number);
    const router = components[routers[i] as number] as Component;
    if (time && time.seconds > rto.value) rto = seconds(`${router.name} detects and routes around the failure (${time.terms.map((t) => t.label).join('; ')})`, time.seconds, router.id);
  }
  for (const { db, copiesLost: lost, promotes } of copiesLost) {
    if (promotes && db.failoverSeconds > rto.value) rto = seconds(`${db.name}: promote a replica`, db.failoverSeconds, db.id);
    const lossy = db.model === 'primaryReplica' ? promotes && db.replication === 'async' : db.model === 'leaderless' ? db.quorum.w <= lost : false;
    if (lossy && db.replicationLagMs / 1000 > rpo.value) rpo = seconds(`${db.name}: writes within the replication lag are lost`, db.replicationLagMs / 1000, db.id);
  }
  return rto === quiet.rto[0] && rpo === quiet.rpo[0] ? quiet : recoveryOutcome([rto], [rpo]);
}

const listed = (names: readonly string[]) => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);

/**
 * The 0 s term that leads an unsurvived event's RTO: the element that sets it — what the loss takes that
 * nothing else serves (`causes`, the first named as the cause), or, when no one component does it alone,
 * the lost element itself (`label`, `elementId`).
 */
function causeTerm(label: string, elementId: string, causes: readonly Component[]): ExplainTerm {
  const [first] = causes;
  if (!first) return seconds(`Not survived: what ${label} holds fails requests together, though no one part does alone`, 0, elementId);
  const names = listed(causes.map((c) => c.name));
  if (causes.length === 1 && first.id === elementId) return seconds(`Not survived: ${first.name} is lost and nothing else serves its requests`, 0, first.id);
  return seconds(`Not survived: losing ${label} loses ${names}; nothing else serves ${causes.length === 1 ? 'its' : 'their'} requests`, 0, first.id);
}

/**
 * Recovery section of the report (SPEC §2.4): one event per fleet instance, zone, region, provider,
 * database primary, and logical corruption of each database. An event is survived when every
 * population keeps being served with that failure alone (read off the availability BDD);
 * then RTO = the slowest detection + failover it triggers (router health checks and DNS TTL,
 * database promotion) and RPO = 0 for synchronous / quorum copies or the replication lag for
 * asynchronous ones. Otherwise RTO/RPO come from the DR strategy — from backups when the design lacks
 * the strategy's recovery site (`missingRecoverySite`) — or from waiting out the failed element's MTTR,
 * whichever is faster. Corruption replicates to every copy: only backups help,
 * RTO = restore time of the database, RPO = backup interval or PITR granularity.
 * O(events + BDD nodes + router calls): what each domain holds is compiled in `compiled.domains`.
 */
export function recoveryReportFrom(compiled: CompiledAvailability, parameters: AvailabilityParameters, scenario: Scenario): RecoveryReport {
  const { components, groups } = scenario;
  const { unitVariable } = compiled.traffic;
  const membership = compiled.domains;
  const survives = survival(compiled, parameters);
  const events: RecoveryEvent[] = [];
  const { rtoSec, rpoSec } = scenario.recovery.targets;
  // The first term that names an element (an unsurvived loss leads with its cause), else the event's target.
  const causeOf = (terms: readonly ExplainTerm[], target: string) => terms.find((term) => term.elementId !== undefined)?.elementId ?? target;
  const push = (kind: EventKind, target: string, survived: boolean, outcome: RecoveryOutcome, rtoCauseId = causeOf(outcome.rto, target)) => {
    events.push({
      id: `${kind}:${target}`,
      kind,
      target,
      survived,
      rtoSeconds: outcome.rtoSeconds,
      rpoSeconds: outcome.rpoSeconds,
      meetsTargets: outcome.rtoSeconds <= rtoSec && outcome.rpoSeconds <= rpoSec,
      rtoCauseId,
      rpoCauseId: causeOf(outcome.rpo, target),
      explain: { rto: outcome.rto, rpo: outcome.rpo },
    });
  };
  const mttrOf = (v: number) => parameters.reliability[v]?.mttrHours ?? 0;
  const timeOf = failoverTimesOf(components);
  const carried = carriedRouterCalls(compiled, parameters, scenario);
  const targetsOf: number[][] = components.map(() => []);
  components.forEach((_, c) => {
    for (let k = membership.callerRouterStart[c] as number; k < (membership.callerRouterStart[c + 1] as number); k += 1) targetsOf[membership.callerRouters[k] as number]?.push(c);
  });
  const quiet = quietOutcome();
  const failing = componentLossFailures(compiled, parameters);
  const byLost = new Map<string, RecoveryOutcome | null>();
  /** The DR strategy's recovery (`strategy`, else the scenario's) when `lost` are the databases lost, computed once per set of them. */
  const strategyFor = (lost: LossCauses['lostDatabases'], strategy = scenario.recovery.strategy) => {
    const key = `${strategy}:${lost.map((db) => db.id).join('\u0000')}`;
    if (!byLost.has(key)) byLost.set(key, strategyRecovery(scenario, strategy, lost));
    return byLost.get(key) ?? null;
  };
  /**
   * The faster of the repair and the DR strategy — restoring from backups when the design lacks the strategy's
   * recovery site (`missingRecoverySite`) — led by a term naming what the loss takes that nothing else serves.
   */
  const unsurvived = (label: string, mttrHours: number, elementId: string, loss: RecoveryLoss | null, lost: LossCauses): RecoveryOutcome => {
    const repair = repairRecovery(label, mttrHours, elementId);
    const missing = loss === null ? null : missingRecoverySite(scenario, membership, loss);
    let recovery: RecoveryOutcome | null;
    if (missing === null) recovery = strategyFor(lost.lostDatabases);
    else {
      const fromBackups = strategyFor(lost.lostDatabases, 'backupRestore');
      recovery = fromBackups && recoveryOutcome([seconds(`${drStrategyNames[scenario.recovery.strategy]} needs ${missing}: restore from backups instead`, 0), ...fromBackups.rto], fromBackups.rpo);
    }
    const chosen = recovery && recovery.rtoSeconds <= repair.rtoSeconds ? recovery : repair;
    return recoveryOutcome([causeTerm(label, elementId, lost.causes), ...chosen.rto], chosen.rpo);
  };

  components.forEach((component, c) => {
    if (!isFleet(component)) return;
    const fleetVariable = unitVariable[c] as number;
    const survived = survives(readDerived(component, instanceLossFailsFleet) ? fleetVariable : null);
    // The fleet stays up: its routers route around the instance, if they send it anything.
    const routers = Array.from(membership.callerRouters.subarray(membership.callerRouterStart[c], membership.callerRouterStart[c + 1])).filter((r) => carried.has(r * components.length + c));
    const outcome = survived
      ? redundancyOutcome(routers, timeOf, components, [], quiet)
      : unsurvived(`${component.name} instance`, mttrOf(fleetVariable), component.id, null, { lostDatabases: [], causes: [component] });
    push('instance', component.id, survived, outcome);
  });

  groups.forEach((group, g) => {
    const v = compiled.structure.groupVariable.get(group.id) as number;
    const held = new Set(membership.groupComponents.subarray(membership.groupComponentStart[g], membership.groupComponentStart[g + 1]));
    const rerouting = reroutingRouters(held, targetsOf, carried);
    // A failover onto a standby too small for the traffic is no recovery until it scales out, or at all if it cannot.
    const standby = survives(v) ? standbyScaleOutTerm(scenario, parameters, held, rerouting, targetsOf, carried) : null;
    const survived = survives(v) && !(standby && 'saturated' in standby);
    const copies = new Map<number, number>();
    for (let k = membership.groupDatabaseStart[g] as number; k < (membership.groupDatabaseStart[g + 1] as number); k += 1) copies.set(membership.groupDatabase[k] as number, membership.groupDatabaseCopies[k] as number);
    let outcome: RecoveryOutcome;
    if (survived) {
      const copiesLost: Array<{ db: DatabaseComponent; copiesLost: number; promotes: boolean }> = [];
      for (let k = membership.groupDatabaseStart[g] as number; k < (membership.groupDatabaseStart[g + 1] as number); k += 1) {
        const db = membership.groupDatabase[k] as number;
        const promotes = membership.groupDatabasePrimary[k] === 1 && compiled.traffic.primaryFailsOver[db] === 1;
        copiesLost.push({ db: components[db] as DatabaseComponent, copiesLost: membership.groupDatabaseCopies[k] as number, promotes });
      }
      outcome = redundancyOutcome(rerouting, timeOf, components, copiesLost, quiet);
      if (standby && 'value' in standby) {
        push(group.kind, group.id, true, recoveryOutcome([...outcome.rto, standby], outcome.rpo), standby.elementId);
        return;
      }
    } else {
      const lost = lossCauses(components, held, copies, failing);
      const causes = standby && 'saturated' in standby ? { ...lost, causes: [standby.saturated] } : lost;
      outcome = unsurvived(`${group.name} (${group.kind})`, mttrOf(v), group.id, { kind: 'group', group: g }, causes);
    }
    push(group.kind, group.id, survived, outcome);
  });

  components.forEach((db, c) => {
    if (db.kind !== 'database') return;
    if (db.model !== 'leaderless') {
      const primary = unitVariable[c] as number;
      const survived = survives(primary);
      const promotes = compiled.traffic.primaryFailsOver[c] === 1;
      const outcome = survived ? redundancyOutcome([], timeOf, components, [{ db, copiesLost: 1, promotes }], quiet) : unsurvived(`${db.name} primary`, mttrOf(primary), db.id, { kind: 'databasePrimary', database: c }, lossCauses(components, [c], new Map([[c, 1]]), failing));
      push('databasePrimary', db.id, survived, outcome);
    }
    const corruption = recoveryOutcome([restoreTerm(scenario, [db])], [
      ...backupRpoTerms(scenario, [db]),
      seconds('Corruption replicates to every copy: replicas do not help', 0, db.id),
    ]);
    push('corruption', db.id, false, corruption);
  });

  return {
    events,
    byClass: recoveryByClass(events, scenario),
    worstRtoSeconds: events.reduce((m, e) => Math.max(m, e.rtoSeconds), 0),
    worstRpoSeconds: events.reduce((m, e) => Math.max(m, e.rpoSeconds), 0),
  };
}

/** `evaluateRecoveryReport(scenario)`: compile the availability structure, read its parameters, enumerate the events. */
export function evaluateRecoveryReport(scenario: Scenario): RecoveryReport {
  const compiled = compileAvailability(scenario);
  return recoveryReportFrom(compiled, availabilityParameters(compiled, scenario), scenario);
}
