import type { AvailabilityReport, FailureClass, RecoveryReport, TradeoffRow } from '../report';

/** The failure classes in the order the tradeoff table lists them. */
const failureClasses: readonly FailureClass[] = ['instance', 'zone', 'region', 'provider', 'corruption'];

/** The figure a class the design cannot survive by construction shows in place of its RTO. */
export const beyondDesignFigure = 'not survivable by construction';

/**
 * The reliability row of the tradeoff table (SPEC §2.7, §2.4): nines, unavailability, downtime minutes per
 * month, single points of failure, the worst RTO and RPO of each failure class (`rtoSeconds.<class>`,
 * `rpoSeconds.<class>`, so DR strategies are told apart by the region loss they are built for; a class
 * beyond the design reads `beyondDesignFigure` and has no RPO), and how many events miss the targets.
 */
export function reliabilityTradeoffRow(availability: AvailabilityReport, recovery: RecoveryReport): TradeoffRow {
  const missed = recovery.events.filter((e) => !e.meetsTargets).length;
  const nines = Number.isFinite(availability.nines) ? availability.nines.toFixed(2) : '∞';
  const byClass: Record<string, number | string> = {};
  const classText: string[] = [];
  for (const kind of failureClasses) {
    const row = recovery.byClass[kind];
    if (!row) continue;
    if (row.beyondDesign) {
      byClass[`rtoSeconds.${kind}`] = beyondDesignFigure;
      classText.push(`${kind} ${beyondDesignFigure}`);
      continue;
    }
    byClass[`rtoSeconds.${kind}`] = row.rto.seconds;
    byClass[`rpoSeconds.${kind}`] = row.rpo.seconds;
    classText.push(`${kind} RTO ${row.rto.seconds.toFixed(0)} s / RPO ${row.rpo.seconds.toFixed(0)} s`);
  }
  return {
    concern: 'reliability',
    values: {
      nines: availability.nines,
      unavailability: availability.unavailability,
      downtimeMinutesPerMonth: availability.downtimeMinutesPerMonth,
      singlePointsOfFailure: availability.singlePointsOfFailure.length,
      ...byClass,
      eventsMissingTargets: missed,
    },
    summary: `${nines} nines (${availability.downtimeMinutesPerMonth.toPrecision(3)} min/month down), ${availability.singlePointsOfFailure.length} single points of failure; ${classText.join('; ')}; ${missed} of ${recovery.events.length} failure events miss the targets.`,
  };
}
