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
export const ninesText = (nines: number) => (Number.isFinite(nines) ? nines.toFixed(2) : '∞');

/** Small probabilities in scientific notation (7.849e-4), exact zero as "0". */
export const exponentText = (value: number) => (value === 0 ? '0' : value.toExponential(3));

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

/** Seconds as the report gives them: whole seconds, or three significant digits below 100 s (a 0.02 s lag stays visible). */
export function secondsText(value: number): string {
  if (!Number.isFinite(value)) return '∞';
  return Number.isInteger(value) || value >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(3)));
}
