import type { AvailabilityFigure, AvailabilityReport, RecoveryReport } from '../engine';
import { table } from './formatTable';

/**
 * Availability as a percentage with two decimals past the last nine, computed from U (1 − A would
 * print 100 % for U < 1e-16): 7.85e-4 → "99.9215 %". Beyond twelve decimals it says "> 99.9999999999 %".
 */
export function availabilityPercentText(unavailability: number): string {
  if (unavailability === 0) return '100 %';
  const percentDown = unavailability * 100;
  const decimals = Math.max(2, Math.ceil(-Math.log10(percentDown)) + 2);
  return decimals > 12 ? '> 99.9999999999 %' : `${(100 - percentDown).toFixed(decimals)} %`;
}

const nines = (figure: AvailabilityFigure) => (Number.isFinite(figure.nines) ? figure.nines.toFixed(2) : '∞');
const exponent = (value: number) => (value === 0 ? '0' : value.toExponential(3));

/** Seconds as the report gives them: whole seconds, or three significant digits below 100 s (a 0.02 s lag stays visible). */
export function secondsText(value: number): string {
  return Number.isInteger(value) || value >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(3)));
}

/**
 * The availability section: the overall figure (%, nines, U, downtime), one row per population,
 * the single points of failure, and the `topImportance` elements whose perfection would lower U most.
 */
export function formatAvailability(availability: AvailabilityReport, topImportance = 5): string {
  const { unavailability, downtimeMinutesPerMonth } = availability;
  const headline = `Availability: ${availabilityPercentText(unavailability)} (${nines(availability)} nines, U = ${exponent(unavailability)}), ${downtimeMinutesPerMonth.toFixed(2)} min/month down`;
  const row = (id: string, figure: AvailabilityFigure) => [id, availabilityPercentText(figure.unavailability), nines(figure), exponent(figure.unavailability), figure.downtimeMinutesPerMonth.toFixed(2)];
  const populations = table(['population', 'availability', 'nines', 'U', 'min/month'], [row('overall', availability), ...Object.entries(availability.byPopulation).map(([id, figure]) => row(id, figure))]);
  const spofs = availability.singlePointsOfFailure;
  const spofLine = `Single points of failure (${spofs.length}): ${spofs.join(', ') || 'none'}`;
  const ranked = Object.entries(availability.importance)
    .sort((a, b) => b[1] - a[1])
    .slice(0, topImportance);
  const share = (delta: number) => (unavailability > 0 ? `${((delta / unavailability) * 100).toFixed(1)} %` : '–');
  const importance = table(['element', 'ΔU if perfect', 'share of U'], ranked.map(([id, delta]) => [id, exponent(delta), share(delta)]));
  const count = Object.keys(availability.importance).length;
  return [headline, populations, spofLine, `Importance: how much U falls if the element never failed (top ${ranked.length} of ${count})`, importance].join('\n');
}

/** The recovery section: one row per failure event with its RTO, RPO and pass/fail against the targets. */
export function formatRecovery(recovery: RecoveryReport, targets?: { rtoSec: number; rpoSec: number }): string {
  const title = targets ? `Recovery (targets: RTO ≤ ${secondsText(targets.rtoSec)} s, RPO ≤ ${secondsText(targets.rpoSec)} s)` : 'Recovery';
  const rows = recovery.events.map((e) => [e.kind, e.target, e.survived ? 'yes' : 'no', secondsText(e.rtoSeconds), secondsText(e.rpoSeconds), e.meetsTargets ? 'pass' : 'FAIL']);
  const missed = recovery.events.filter((e) => !e.meetsTargets).length;
  const summary = `${missed} of ${recovery.events.length} events miss the targets; worst RTO ${secondsText(recovery.worstRtoSeconds)} s, worst RPO ${secondsText(recovery.worstRpoSeconds)} s`;
  return [title, table(['event', 'target', 'survived', 'RTO s', 'RPO s', 'result'], rows), summary].join('\n');
}
