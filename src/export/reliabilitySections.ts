import type { AvailabilityFigure, AvailabilityReport, ClassRecoveryFigure, FailureClass, RecoveryReport } from '../engine';
import { availabilityPercentText, downtimeText, exponentText, ninesText, secondsText } from './reportFigures';
import type { ReportNames } from './reportNames';
import { tableBlock, textBlock, type ReportSection } from './reportSection';
import { downtimeShareText, singlePointKindText } from './singlePointText';

/** What a row of a population that reaches nothing says instead of U = 1. */
export const notConnected = 'not connected';

/** A population's (or the whole design's) availability, nines, U and minutes down a month. */
export function availabilityRow(name: string, figure: AvailabilityFigure): string[] {
  if (figure.connected === false) return [name, notConnected, '', '', ''];
  return [name, availabilityPercentText(figure.unavailability), ninesText(figure.nines), exponentText(figure.unavailability), downtimeText(figure.downtimeMinutesPerMonth)];
}

/**
 * The availability section: the overall figure (%, nines, U, downtime), one row per population ("not
 * connected" for one that sends requests nowhere) unless `byPopulation` is false, then the weakest
 * links: the `topImportance` elements whose perfection would lower U most, by their share of the
 * downtime, single points of failure marked by kind (a single box, a managed service with its SLA,
 * the only zone or region).
 */
export function availabilitySection(availability: AvailabilityReport, names: ReportNames, { topImportance = 5, byPopulation = true } = {}): ReportSection {
  const { unavailability, downtimeMinutesPerMonth } = availability;
  const { nameOf } = names;
  const populations = [availabilityRow('overall', availability), ...Object.entries(availability.byPopulation).map(([id, figure]) => availabilityRow(nameOf(id), figure))];
  const spofs = new Map(availability.singlePoints.map((point) => [point.id, point]));
  const ranked = Object.entries(availability.importance)
    .sort((a, b) => b[1] - a[1])
    .slice(0, topImportance);
  const count = Object.keys(availability.importance).length;
  const spofText = availability.singlePoints.map((point) => `${nameOf(point.id)} (${singlePointKindText(point)}, ${downtimeShareText(point.shareOfDowntime, unavailability)} of downtime)`);
  return {
    title: 'Availability',
    summary: `${availabilityPercentText(unavailability)} (${ninesText(availability.nines)} nines, U = ${exponentText(unavailability)}), ${downtimeText(downtimeMinutesPerMonth)} min/month down`,
    blocks: [
      ...(byPopulation ? [tableBlock(['population', 'availability', 'nines', 'U', 'min/month'], populations)] : []),
      textBlock(`Weakest links: the share of downtime that goes if the element never failed (top ${ranked.length} of ${count})`),
      tableBlock(
        ['element', 'share of downtime', 'ΔU if perfect', 'single point of failure'],
        ranked.map(([id, delta]) => {
          const spof = spofs.get(id);
          return [nameOf(id), downtimeShareText(delta / unavailability, unavailability), exponentText(delta), spof ? singlePointKindText(spof) : 'no'];
        }),
      ),
      textBlock(`Single points of failure (${spofText.length}): ${spofText.join('; ') || 'none'}`),
    ],
  };
}

const failureClasses: readonly FailureClass[] = ['instance', 'zone', 'region', 'provider', 'corruption'];

/**
 * The recovery section: per failure class its worst RTO and RPO with the failure and the element that
 * set them (a provider the design cannot survive by construction said so), then (unless `events` is
 * false) one row per failure event, named as people name it, with its RTO, RPO and pass/fail against
 * the targets.
 */
export function recoverySection(recovery: RecoveryReport, names: ReportNames, targets?: { rtoSec: number; rpoSec: number }, { events: withEvents = true } = {}): ReportSection {
  const events = new Map(recovery.events.map((e) => [e.id, e]));
  const setBy = ({ eventId, causeId }: ClassRecoveryFigure) => {
    const event = events.get(eventId);
    if (!event) return `${eventId} (${names.nameOf(causeId)})`;
    // The cause in brackets only when it is not what failed: "Zone eu-west-1a (Session cache)", "Primary of Orders DB".
    return event.target === causeId ? names.describeEvent(event) : `${names.describeEvent(event)} (${names.nameOf(causeId)})`;
  };
  const classRows = failureClasses.flatMap((kind) => {
    const row = recovery.byClass[kind];
    if (!row) return [];
    const result = row.beyondDesign ? 'beyond the design' : row.meetsTargets ? 'pass' : 'FAIL';
    return [[kind, secondsText(row.rto.seconds), setBy(row.rto), secondsText(row.rpo.seconds), setBy(row.rpo), result]];
  });
  const rows = recovery.events.map((e) => [names.describeEvent(e), e.survived ? 'yes' : 'no', secondsText(e.rtoSeconds), secondsText(e.rpoSeconds), e.meetsTargets ? 'pass' : 'FAIL']);
  const missed = recovery.events.filter((e) => !e.meetsTargets).length;
  const byClass = tableBlock(['class', 'worst RTO s', 'set by (cause)', 'worst RPO s', 'set by (cause)', 'result'], classRows);
  const summary = textBlock(`${missed} of ${recovery.events.length} events miss the targets; worst RTO ${secondsText(recovery.worstRtoSeconds)} s, worst RPO ${secondsText(recovery.worstRpoSeconds)} s`);
  return {
    title: targets ? `Recovery (targets: RTO ≤ ${secondsText(targets.rtoSec)} s, RPO ≤ ${secondsText(targets.rpoSec)} s)` : 'Recovery',
    blocks: withEvents ? [byClass, tableBlock(['failure', 'survived', 'RTO s', 'RPO s', 'result'], rows), summary] : [byClass, summary],
  };
}
