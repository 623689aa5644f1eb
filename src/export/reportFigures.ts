import { availabilityPercent, downtimeMinutesNumber, ninesNumber, unavailabilityNumber } from '../format';

/**
 * How the report's figures read in text exports (the terminal, Markdown): fixed precision, a unit
 * where the column header does not give one, and a word where a number does not exist.
 */

/** Milliseconds to one decimal; "saturated" when infinite (a saturated path has no finite latency). */
export const msText = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'saturated');

/** Dollars to the cent; "∞" when infinite (per million requests at zero load). */
export const usdText = (value: number) => (Number.isFinite(value) ? `$${value.toFixed(2)}` : '∞');

/** A fraction as a percentage to one decimal: 0.417 → "41.7 %". */
export const percentText = (value: number) => `${(value * 100).toFixed(1)} %`;

/** Nines to two decimals; "∞" for a design that never fails. */
export const ninesText = (nines: number) => ninesNumber(nines, 2);

/** Small probabilities in scientific notation (7.849e-4), exact zero as "0". */
export const exponentText = (value: number) => unavailabilityNumber(value);

/** Availability from U with three figures of its downtime: 7.85e-4 → "99.9215 %", 1e-18 → "99.9999999999999999 %". */
export const availabilityPercentText = (unavailability: number) => availabilityPercent(unavailability, 3);

/** Minutes of downtime, readable at any size: "34.38", "4.4e-14". */
export const downtimeText = (minutes: number) => downtimeMinutesNumber(minutes);

/** Seconds as the report gives them: whole seconds, or three significant digits below 100 s (a 0.02 s lag stays visible). */
export function secondsText(value: number): string {
  if (!Number.isFinite(value)) return '∞';
  return Number.isInteger(value) || value >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(3)));
}
