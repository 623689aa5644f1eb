import { formatMs, formatSeconds } from '../../charts';
import { judgeRecovery, type ExpectedFailover, type RecoveryVerdict, type Report } from '../../engine';
import type { Scenario } from '../../model';
import type { ChaosRun } from '../../store';
import { analyticRecoveryEvent } from './failureTargets';

/**
 * The analytic detection + failover of a run's failures when the report says the design survives them all:
 * the slowest event's RTO and the name of what sets it; null when any is not survived.
 */
function expectedFailover(report: Report | null, scenario: Scenario, run: ChaosRun): ExpectedFailover | null {
  const nameOf = (id: string) => [...scenario.components, ...scenario.groups].find((e) => e.id === id)?.name ?? id;
  const events = run.failures.map((f) => analyticRecoveryEvent(report, scenario, f.target));
  if (events.length === 0 || events.some((e) => !e?.survived)) return null;
  const slowest = events.reduce((a, b) => ((b?.rtoSeconds ?? 0) > (a?.rtoSeconds ?? 0) ? b : a));
  return slowest ? { seconds: slowest.rtoSeconds, setBy: nameOf(slowest.rtoCauseId) } : null;
}

/** The engine's verdict on a run's recovery (`judgeRecovery`), against the report's steady p99 and the scenario's RTO target. */
export function runVerdict(run: ChaosRun, report: Report | null, scenario: Scenario): RecoveryVerdict | null {
  const { totals } = run;
  if (!totals || !report) return null;
  const { firstFailureSeconds, timeToRecoverSeconds } = totals;
  return judgeRecovery({
    windows: run.windows,
    failures: run.failures,
    steadyP99Ms: report.latency.overall.p99Ms,
    rtoTargetSeconds: scenario.recovery.targets.rtoSec,
    expected: expectedFailover(report, scenario, run),
    finished: run.status !== 'running',
    lastFailureSeconds: firstFailureSeconds !== null && timeToRecoverSeconds !== null ? firstFailureSeconds + timeToRecoverSeconds : null,
  });
}

/** A verdict as the chaos view says it: "1 m 30 s", "failed over, saturated: p99 38 s", or why a failover never completed. */
export function verdictText(verdict: RecoveryVerdict, nameOf: (id: string) => string): string {
  switch (verdict.kind) {
    case 'noFailure':
      return 'no failure injected';
    case 'unaffected':
      return 'no failed request';
    case 'recovered':
      return verdict.meetsRto ? formatSeconds(verdict.seconds) : `${formatSeconds(verdict.seconds)}, past the RTO target`;
    case 'repairedBeforeFailover':
      return `back only when repaired, after ${formatSeconds(verdict.seconds)}: the ${formatSeconds(verdict.outageSeconds)} outage was shorter than detection + failover (${formatSeconds(verdict.failover.seconds)}, ${verdict.failover.setBy}), so the failover never completed`;
    case 'saturated': {
      const where = verdict.saturatedIds.length > 0 ? ` (${verdict.saturatedIds.map(nameOf).join(', ')})` : '';
      return `failed over, saturated: p99 ${formatMs(verdict.p99Ms)}${where}`;
    }
    case 'failing':
      return verdict.finished ? 'not recovered by the end' : 'failing…';
  }
}
