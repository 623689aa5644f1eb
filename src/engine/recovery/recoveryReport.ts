import type { DatabaseComponent, Scenario } from '../../model';
import { availabilityParameters, type AvailabilityParameters } from '../availability/availabilityParameters';
import { compileAvailability, type CompiledAvailability } from '../availability/compileAvailability';
import { routerFailoverTime } from '../availability/failoverTime';
import { evaluateFaultTree, isFailureVariable } from '../availability/faultTree';
import { buildScenarioGraph, componentDomainIds, databaseCopyCount, databaseCopyPlacementKey, failureDomainIds, isFleet, type ScenarioGraph } from '../availability/scenarioGraph';
import type { ExplainTerm, RecoveryEvent, RecoveryReport } from '../report';
import { backupRpoTerms, recoveryOutcome, repairRecovery, restoreTerm, strategyRecovery, type RecoveryOutcome } from './recoveryPaths';

type EventKind = RecoveryEvent['kind'];
const seconds = (label: string, value: number, elementId?: string): ExplainTerm => ({ label, value, unit: 's', ...(elementId === undefined ? {} : { elementId }) });

/**
 * Whether every population keeps being served (reads and writes, every request missing every
 * cache) when exactly the failure variables `down` are down and everything else is up.
 */
function survives(compiled: CompiledAvailability, parameters: AvailabilityParameters, down: readonly number[]): boolean {
  const { tree, roots } = compiled.structure;
  const failed = tree.variables.map((variable, v) => !isFailureVariable(variable) && (parameters.unavailability[v] as number) > 0);
  for (const v of down) failed[v] = true;
  const state = evaluateFaultTree(tree, failed);
  return roots.every((root, r) => (parameters.rootClassFraction[r] as number) === 0 || state[root.ref] === 0);
}

/** RTO/RPO when redundancy absorbs the loss of `affected` components (and of database primaries in `primaryLost`). */
function redundancyOutcome(graph: ScenarioGraph, affected: ReadonlySet<string>, primaryLost: readonly DatabaseComponent[], copiesLost: (db: DatabaseComponent) => number): RecoveryOutcome {
  let rto: ExplainTerm = seconds('Nothing to detect: no router or primary is involved', 0);
  const consider = (term: ExplainTerm) => {
    if (term.value > rto.value) rto = term;
  };
  for (const router of graph.scenario.components) {
    if (affected.has(router.id)) continue;
    const time = routerFailoverTime(router);
    const hit = (graph.callsFrom.get(router.id) ?? []).some((e) => affected.has(e.to));
    if (time && hit) consider(seconds(`${router.name} detects and routes around the failure (${time.terms.map((t) => t.label).join('; ')})`, time.seconds, router.id));
  }
  let rpo: ExplainTerm = seconds('Synchronous or quorum copies: no committed write is lost', 0);
  for (const db of primaryLost) {
    consider(seconds(`${db.name}: promote a replica`, db.failoverSeconds, db.id));
    const lossy = db.model === 'primaryReplica' ? db.replication === 'async' : db.model === 'leaderless' ? db.quorum.w <= copiesLost(db) : false;
    if (lossy && db.replicationLagMs / 1000 > rpo.value) rpo = seconds(`${db.name}: writes within the replication lag are lost`, db.replicationLagMs / 1000, db.id);
  }
  return recoveryOutcome([rto], [rpo]);
}

/** The faster of the DR strategy and waiting for repair (the strategy alone when it exists and is faster). */
function unsurvivedOutcome(scenario: Scenario, label: string, mttrHours: number, elementId: string): RecoveryOutcome {
  const repair = repairRecovery(label, mttrHours, elementId);
  const strategy = strategyRecovery(scenario);
  return strategy && strategy.rtoSeconds <= repair.rtoSeconds ? strategy : repair;
}

/**
 * Recovery section of the report (SPEC §2.4): one event per fleet instance, zone, region, provider,
 * database primary, and logical corruption of each database. An event is survived when every
 * population keeps being served with that failure alone (checked on the availability fault tree);
 * then RTO = the slowest detection + failover it triggers (router health checks and DNS TTL,
 * database promotion) and RPO = 0 for synchronous / quorum copies or the replication lag for
 * asynchronous ones. Otherwise RTO/RPO come from the DR strategy or from waiting out the failed
 * element's MTTR, whichever is faster. Corruption replicates to every copy: only backups help,
 * RTO = restore time of the database, RPO = backup interval or PITR granularity.
 */
export function recoveryReportFrom(compiled: CompiledAvailability, parameters: AvailabilityParameters, scenario: Scenario): RecoveryReport {
  const graph = buildScenarioGraph(scenario);
  const { groupVariable, componentVariables } = compiled.structure;
  const events: RecoveryEvent[] = [];
  const { rtoSec, rpoSec } = scenario.recovery.targets;
  const push = (kind: EventKind, target: string, survived: boolean, outcome: RecoveryOutcome) => {
    events.push({
      id: `${kind}:${target}`,
      kind,
      target,
      survived,
      rtoSeconds: outcome.rtoSeconds,
      rpoSeconds: outcome.rpoSeconds,
      meetsTargets: outcome.rtoSeconds <= rtoSec && outcome.rpoSeconds <= rpoSec,
      explain: { rto: outcome.rto, rpo: outcome.rpo },
    });
  };
  const mttrOf = (v: number | undefined) => (v === undefined ? 0 : (parameters.reliability[v]?.mttrHours ?? 0));

  for (const component of scenario.components.filter(isFleet)) {
    const fleetVariable = componentVariables.get(component.id)?.[0] as number;
    const down = component.instances - 1 < component.minHealthy ? [fleetVariable] : [];
    const survived = survives(compiled, parameters, down);
    const outcome = survived
      ? redundancyOutcome(graph, new Set([component.id]), [], () => 0)
      : unsurvivedOutcome(scenario, `${component.name} instance`, mttrOf(fleetVariable), component.id);
    push('instance', component.id, survived, outcome);
  }

  for (const group of scenario.groups) {
    const v = groupVariable.get(group.id) as number;
    const inside = (ids: string[]) => ids.includes(group.id);
    const affected = new Set(scenario.components.filter((c) => inside(componentDomainIds(graph, c))).map((c) => c.id));
    const databases = scenario.components.filter((c): c is DatabaseComponent => c.kind === 'database');
    const copyLost = (db: DatabaseComponent, k: number) => inside(failureDomainIds(graph.placements.get(databaseCopyPlacementKey(db.id, k))));
    const primaryLost = databases.filter((db) => copyLost(db, 0) && databaseCopyCount(db) > 1);
    const survived = survives(compiled, parameters, [v]);
    const outcome = survived
      ? redundancyOutcome(graph, affected, primaryLost, (db) => Array.from({ length: databaseCopyCount(db) }, (_, k) => copyLost(db, k)).filter(Boolean).length)
      : unsurvivedOutcome(scenario, `${group.name} (${group.kind})`, mttrOf(v), group.id);
    push(group.kind, group.id, survived, outcome);
  }

  for (const db of scenario.components.filter((c): c is DatabaseComponent => c.kind === 'database')) {
    const copies = componentVariables.get(db.id) ?? [];
    if (db.model !== 'leaderless') {
      const primary = copies[0] as number;
      const survived = survives(compiled, parameters, [primary]);
      const outcome = survived
        ? redundancyOutcome(graph, new Set(), [db], () => 1)
        : unsurvivedOutcome(scenario, `${db.name} primary`, mttrOf(primary), db.id);
      push('databasePrimary', db.id, survived, outcome);
    }
    const corruption = recoveryOutcome([restoreTerm(scenario, db.storageGb)], [
      ...backupRpoTerms(scenario),
      seconds('Corruption replicates to every copy: replicas do not help', 0, db.id),
    ]);
    push('corruption', db.id, false, corruption);
  }

  return {
    events,
    worstRtoSeconds: events.reduce((m, e) => Math.max(m, e.rtoSeconds), 0),
    worstRpoSeconds: events.reduce((m, e) => Math.max(m, e.rpoSeconds), 0),
  };
}

/** `evaluateRecoveryReport(scenario)`: compile the availability structure, read its parameters, enumerate the events. */
export function evaluateRecoveryReport(scenario: Scenario): RecoveryReport {
  const compiled = compileAvailability(scenario);
  return recoveryReportFrom(compiled, availabilityParameters(compiled, scenario), scenario);
}
