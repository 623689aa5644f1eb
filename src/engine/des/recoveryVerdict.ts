import type { FailureInjection } from './failureTimeline';
import type { SimulationWindow } from './simulationTypes';

/**
 * How far above its steady-state p99 a window's p99 may be and still count as serving: three times, a named
 * assumption. A failover to a farther region adds round trips (tens of ms, well inside it); a saturated
 * station's queue grows without bound (seconds, far outside it).
 */
export const servingP99Factor = 3;

/** What the design is expected to do, from the analytic report: its detection + failover time for the failures, and who sets it. */
export interface ExpectedFailover {
  seconds: number;
  /** What sets it, by name ("Application LB"). */
  setBy: string;
}

export interface RecoveryVerdictInput {
  windows: readonly SimulationWindow[];
  failures: readonly FailureInjection[];
  /** The design's p99 with nothing failed, ms (the analytic report's): a window serves when its p99 is within `servingP99Factor` of it. */
  steadyP99Ms: number;
  /** The scenario's RTO target, s. */
  rtoTargetSeconds: number;
  /** The analytic detection + failover of the failures, when the report says the design survives them. */
  expected: ExpectedFailover | null;
  /** Whether the run has ended (else a failing tail is "still failing", not "not recovered"). */
  finished: boolean;
  /** When the last request failed, s (the totals' first failure + time to recover), to date a recovery finer than a window; null if unknown. */
  lastFailureSeconds: number | null;
}

/** What a chaos run shows about recovery (SPEC §2.6): recovered means requests succeed again within targets. */
export type RecoveryVerdict =
  | { kind: 'noFailure' }
  /** No request failed and none slowed past the bound after the failure. */
  | { kind: 'unaffected' }
  /** Serving again, for good, `seconds` after the first failure. */
  | { kind: 'recovered'; seconds: number; meetsRto: boolean }
  /** Served again only when the failure was repaired, before detection + failover could complete. */
  | { kind: 'repairedBeforeFailover'; seconds: number; outageSeconds: number; failover: ExpectedFailover }
  /** Requests succeed again but too slowly to count as served: p99 in the last window, since when (s after the first failure). */
  | { kind: 'saturated'; p99Ms: number; sinceSeconds: number; saturatedIds: string[] }
  /** Requests still fail in the last window. */
  | { kind: 'failing'; finished: boolean };

const succeeds = (window: SimulationWindow) => window.failed === 0;

/**
 * Judges a chaos run's recovery from its time series (SPEC §2.6): a window serves when none of its requests
 * failed and its p99 is within `servingP99Factor` × the steady p99 (a window with no completed request
 * serves). The run has recovered at the start of the first window after the first failure from which every
 * window serves to the end of the series. A tail of windows that succeed but are slow is a saturated
 * failover, not a recovery; a tail that fails is still failing. When a failure was repaired sooner than the
 * expected detection + failover and service returned only then, the failover never completed: the verdict
 * says so rather than crediting a recovery. O(windows).
 */
export function judgeRecovery(input: RecoveryVerdictInput): RecoveryVerdict {
  const { windows, failures, steadyP99Ms } = input;
  if (failures.length === 0) return { kind: 'noFailure' };
  const firstFailure = Math.min(...failures.map((f) => f.atSeconds));
  const boundMs = servingP99Factor * steadyP99Ms;
  const serves = (w: SimulationWindow) => succeeds(w) && (w.p99Ms === null || w.p99Ms <= boundMs);
  const after = windows.filter((w) => w.endSeconds > firstFailure);
  let start = after.length;
  while (start > 0 && serves(after[start - 1] as SimulationWindow)) start -= 1;
  if (start === 0) return { kind: 'unaffected' };
  if (start === after.length) {
    const last = after[after.length - 1] as SimulationWindow;
    if (!succeeds(last)) return { kind: 'failing', finished: input.finished };
    let slow = after.length - 1;
    while (slow > 0 && succeeds(after[slow - 1] as SimulationWindow) && !serves(after[slow - 1] as SimulationWindow)) slow -= 1;
    const saturatedIds = Object.entries(last.states)
      .filter(([, state]) => state === 'saturated')
      .map(([id]) => id);
    return { kind: 'saturated', p99Ms: last.p99Ms ?? Number.POSITIVE_INFINITY, sinceSeconds: Math.max(0, (after[slow] as SimulationWindow).startSeconds - firstFailure), saturatedIds };
  }
  // Served again from the window after the last one that did not serve, or from the last failed request when that window only failed.
  const before = after[start - 1] as SimulationWindow;
  const { lastFailureSeconds } = input;
  const failedOnly = !succeeds(before) && (before.p99Ms === null || before.p99Ms <= boundMs);
  const windowStart = (after[start] as SimulationWindow).startSeconds;
  const recoveredAt = Math.max(firstFailure, failedOnly && lastFailureSeconds !== null && lastFailureSeconds >= before.startSeconds && lastFailureSeconds <= windowStart ? lastFailureSeconds : windowStart);
  const seconds = recoveredAt - firstFailure;
  const { expected } = input;
  const short = expected
    ? failures.find((f) => f.repairAtSeconds !== null && f.repairAtSeconds - f.atSeconds < expected.seconds && recoveredAt >= f.repairAtSeconds - 1)
    : undefined;
  if (expected && short && short.repairAtSeconds !== null) {
    return { kind: 'repairedBeforeFailover', seconds, outageSeconds: short.repairAtSeconds - short.atSeconds, failover: expected };
  }
  return { kind: 'recovered', seconds, meetsRto: seconds <= input.rtoTargetSeconds };
}
