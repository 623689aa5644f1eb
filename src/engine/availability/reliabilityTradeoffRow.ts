import type { AvailabilityReport, RecoveryReport, TradeoffRow } from '../report';

/**
 * The reliability row of the tradeoff table (SPEC §2.7): nines, unavailability, downtime minutes per
 * month, single points of failure, worst RTO and RPO over every failure event, and how many events
 * miss the scenario's targets.
 */
export function reliabilityTradeoffRow(availability: AvailabilityReport, recovery: RecoveryReport): TradeoffRow {
  const missed = recovery.events.filter((e) => !e.meetsTargets).length;
  const nines = Number.isFinite(availability.nines) ? availability.nines.toFixed(2) : '∞';
  return {
    concern: 'reliability',
    values: {
      nines: availability.nines,
      unavailability: availability.unavailability,
      downtimeMinutesPerMonth: availability.downtimeMinutesPerMonth,
      singlePointsOfFailure: availability.singlePointsOfFailure.length,
      worstRtoSeconds: recovery.worstRtoSeconds,
      worstRpoSeconds: recovery.worstRpoSeconds,
      eventsMissingTargets: missed,
    },
    summary: `${nines} nines (${availability.downtimeMinutesPerMonth.toPrecision(3)} min/month down), ${availability.singlePointsOfFailure.length} single points of failure; worst RTO ${recovery.worstRtoSeconds.toFixed(0)} s, worst RPO ${recovery.worstRpoSeconds.toFixed(0)} s; ${missed} of ${recovery.events.length} failure events miss the targets.`,
  };
}
