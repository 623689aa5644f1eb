import type { AvailabilityFigure, AvailabilityReport, FailureClass, RecoveryReport } from '../engine';
import { availabilityPercentText, exponentText, ninesText, secondsText } from './reportFigures';
import { tableBlock, textBlock, type ReportSection } from './reportSection';

/**
 * The availability section: the overall figure (%, nines, U, downtime), one row per population,
 * the single points of failure, and the `topImportance` elements whose perfection would lower U most.
 */
export function availabilitySection(availability: AvailabilityReport, topImportance = 5): ReportSection {
  const { unavailability, downtimeMinutesPerMonth } = availability;
  const row = (id: string, figure: AvailabilityFigure) => [id, availabilityPercentText(figure.unavailability), ninesText(figure.nines), exponentText(figure.unavailability), figure.downtimeMinutesPerMonth.toFixed(2)];
  const populations = [row('overall', availability), ...Object.entries(availability.byPopulation).map(([id, figure]) => row(id, figure))];
  const spofs = availability.singlePointsOfFailure;
  const ranked = Object.entries(availability.importance)
    .sort((a, b) => b[1] - a[1])
    .slice(0, topImportance);
  const share = (delta: number) => (unavailability > 0 ? `${((delta / unavailability) * 100).toFixed(1)} %` : '–');
  const count = Object.keys(availability.importance).length;
  return {
    title: 'Availability',
    summary: `${availabilityPercentText(unavailability)} (${ninesText(availability.nines)} nines, U = ${exponentText(unavailability)}), ${downtimeMinutesPerMonth.toFixed(2)} min/month down`,
    blocks: [
      tableBlock(['population', 'availability', 'nines', 'U', 'min/month'], populations),
      textBlock(`Single points of failure (${spofs.length}): ${spofs.join(', ') || 'none'}`),
      textBlock(`Importance: how much U falls if the element never failed (top ${ranked.length} of ${count})`),
      tableBlock(['element', 'ΔU if perfect', 'share of U'], ranked.map(([id, delta]) => [id, exponentText(delta), share(delta)])),
    ],
  };
}

const failureClasses: readonly FailureClass[] = ['instance', 'zone', 'region', 'provider', 'corruption'];

/**
 * The recovery section: per failure class its worst RTO and RPO with the event and cause that set them
 * (a provider the design cannot survive by construction said so), then one row per failure event with
 * its RTO, RPO and pass/fail against the targets.
 */
export function recoverySection(recovery: RecoveryReport, targets?: { rtoSec: number; rpoSec: number }): ReportSection {
  const classRows = failureClasses.flatMap((kind) => {
    const row = recovery.byClass[kind];
    if (!row) return [];
    const result = row.beyondDesign ? 'beyond the design' : row.meetsTargets ? 'pass' : 'FAIL';
    return [[kind, secondsText(row.rto.seconds), `${row.rto.eventId} (${row.rto.causeId})`, secondsText(row.rpo.seconds), `${row.rpo.eventId} (${row.rpo.causeId})`, result]];
  });
  const rows = recovery.events.map((e) => [e.kind, e.target, e.survived ? 'yes' : 'no', secondsText(e.rtoSeconds), secondsText(e.rpoSeconds), e.meetsTargets ? 'pass' : 'FAIL']);
  const missed = recovery.events.filter((e) => !e.meetsTargets).length;
  return {
    title: targets ? `Recovery (targets: RTO ≤ ${secondsText(targets.rtoSec)} s, RPO ≤ ${secondsText(targets.rpoSec)} s)` : 'Recovery',
    blocks: [
      tableBlock(['class', 'worst RTO s', 'set by (cause)', 'worst RPO s', 'set by (cause)', 'result'], classRows),
      tableBlock(['event', 'target', 'survived', 'RTO s', 'RPO s', 'result'], rows),
      textBlock(`${missed} of ${recovery.events.length} events miss the targets; worst RTO ${secondsText(recovery.worstRtoSeconds)} s, worst RPO ${secondsText(recovery.worstRpoSeconds)} s`),
    ],
  };
}
