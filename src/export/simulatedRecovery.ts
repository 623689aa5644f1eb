import type { ExpectedFailover, FailureInjection, RecoveryEvent, RecoveryVerdict, Report, SimulationTotals, SimulationWindow } from '../engine';
// From its own file, not the engine's index: the results panel and the canvas use this folder on the
// first screen, and a value imported through the index would bring the whole engine (its catalog and
// price tables, which the worker already holds) into the page's initial JavaScript.
import { judgeRecovery } from '../engine/des/recoveryVerdict';
import type { Scenario } from '../model';
import { reportNames } from './reportNames';

/** A simulator run as far as it has gone: its windows, the failures injected, its totals, and whether it has ended. */
export interface SimulatedRun {
  windows: readonly SimulationWindow[];
  failures: readonly FailureInjection[];
  totals: SimulationTotals | null;
  finished: boolean;
}

/**
 * The analytic recovery event (SPEC §2.4) a simulated failure corresponds to: a zone, region or provider
 * outage; a database primary's failure; one instance (`<id>/<n>`, or a one-instance component as a whole).
 * Null when the report has none (a whole multi-instance fleet failing is not one of its events).
 */
export function analyticRecoveryEvent(report: Report | null, scenario: Scenario, target: string): RecoveryEvent | null {
  if (!report) return null;
  const [id = '', unit] = target.split('/');
  const group = scenario.groups.find((g) => g.id === id);
  const component = scenario.components.find((c) => c.id === id);
  const singleInstance = component !== undefined && (component.kind === 'compute' || component.kind === 'monolith' ? component.instances === 1 : component.kind !== 'database');
  const eventId = group ? `${group.kind}:${id}` : unit === 'primary' ? `databasePrimary:${id}` : unit !== undefined || singleInstance ? `instance:${id}` : null;
  return report.recovery.events.find((e) => e.id === eventId) ?? null;
}

/** The worst analytic RTO and RPO among a run's failures, and whether the design survives every one; null when none has an analytic event. */
export function analyticRecoveryOf(report: Report | null, scenario: Scenario, failures: readonly FailureInjection[]): { rtoSeconds: number; rpoSeconds: number; survived: boolean } | null {
  const events = failures.flatMap((f) => analyticRecoveryEvent(report, scenario, f.target) ?? []);
  if (events.length === 0) return null;
  return { rtoSeconds: Math.max(...events.map((e) => e.rtoSeconds)), rpoSeconds: Math.max(...events.map((e) => e.rpoSeconds)), survived: events.every((e) => e.survived) };
}

/**
 * The analytic detection + failover of a run's failures when the report says the design survives them all:
 * the slowest event's RTO and the name of what sets it; null when any is not survived.
 */
function expectedFailover(report: Report, scenario: Scenario, failures: readonly FailureInjection[]): ExpectedFailover | null {
  const events = failures.map((f) => analyticRecoveryEvent(report, scenario, f.target));
  if (events.length === 0 || events.some((e) => !e?.survived)) return null;
  const slowest = events.reduce((a, b) => ((b?.rtoSeconds ?? 0) > (a?.rtoSeconds ?? 0) ? b : a));
  return slowest ? { seconds: slowest.rtoSeconds, setBy: reportNames(scenario).nameOf(slowest.rtoCauseId) } : null;
}

/**
 * The engine's verdict on a simulated run's recovery (`judgeRecovery`), against the analytic report's steady
 * p99 and detection + failover and the scenario's RTO target: what the chaos view and `meridian simulate` say.
 * Null before the run has totals, or without a report.
 */
export function simulatedRecoveryVerdict(run: SimulatedRun, report: Report | null, scenario: Scenario): RecoveryVerdict | null {
  const { totals } = run;
  if (!totals || !report) return null;
  const { firstFailureSeconds, timeToRecoverSeconds } = totals;
  return judgeRecovery({
    windows: run.windows,
    failures: run.failures,
    steadyP99Ms: report.latency.overall.p99Ms,
    rtoTargetSeconds: scenario.recovery.targets.rtoSec,
    expected: expectedFailover(report, scenario, run.failures),
    finished: run.finished,
    lastFailureSeconds: firstFailureSeconds !== null && timeToRecoverSeconds !== null ? firstFailureSeconds + timeToRecoverSeconds : null,
  });
}
