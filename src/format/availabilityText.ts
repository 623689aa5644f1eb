/**
 * How availability reads wherever people read it (dashboard cards, the terminal, Markdown, CSV,
 * lesson goals): always from the unavailability U, which the engine keeps exact, so that a design
 * with U = 1e-18 shows its eighteen nines and its downtime instead of "100 %" and "0.00 min".
 */

/** The decimal digits of a positive number (up to 16 significant) and the power of ten of the first. */
function decimalDigits(value: number): { digits: string; exponent: number } {
  const [mantissa = '0', exponent = '0'] = value.toExponential(15).split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

/** `value` rounded up to `significant` figures, as an integer and the power of ten it counts in. */
function roundedUp(value: number, significant: number): { units: bigint; power: number } {
  const { digits, exponent } = decimalDigits(value);
  const kept = BigInt(digits.slice(0, significant));
  const dropped = /[1-9]/.test(digits.slice(significant));
  return { units: dropped ? kept + 1n : kept, power: exponent - significant + 1 };
}

/**
 * Availability as a percentage from U, never rounded up: as many decimals as it takes to show
 * `significant` figures of the downtime (at least two decimals): U = 7.849e-4 → "99.92 %" (three
 * figures: "99.9215 %"; trailing zeros dropped), U = 1e-18 → "99.9999999999999999 %", U = 0.5 → "50.00 %", U = 1 → "0.00 %";
 * U = 0 (never fails) → "100 %".
 * Exact decimal arithmetic: 100 − U·100 in floating point is 100 for any U below 1e-16.
 */
export function availabilityPercent(unavailability: number, significant = 1): string {
  if (unavailability <= 0) return '100 %';
  if (unavailability >= 1) return `${(0).toFixed(2)} %`;
  const { units, power } = roundedUp(unavailability * 100, significant);
  const decimals = Math.max(2, -power);
  const down = units * 10n ** BigInt(decimals + power);
  const up = (100n * 10n ** BigInt(decimals) - down).toString().padStart(decimals + 1, '0');
  // Zeros past the second decimal say nothing the figures before them do not ("99.9999999", not "99.999999900").
  return `${up.slice(0, -decimals)}.${up.slice(-decimals).replace(/(\d{2})0+$/, '$1')} %`;
}

/** −log10 U to one decimal ("18.0"); "∞" when U = 0. */
export function ninesNumber(nines: number, decimals = 1): string {
  return Number.isFinite(nines) ? nines.toFixed(decimals) : '∞';
}

/** U in scientific notation ("7.849e-4", "1.000e-18"); exactly "0" for a design that never fails. */
export function unavailabilityNumber(unavailability: number, decimals = 3): string {
  return unavailability === 0 ? '0' : unavailability.toExponential(decimals);
}

/**
 * Minutes of downtime as a number people can read at any size: two decimals from a minute up
 * ("34.38"), two significant figures below ("0.26", "0.0035"), scientific below a thousandth
 * ("4.4e-14"); exactly "0" only when there is none.
 */
export function downtimeMinutesNumber(minutes: number): string {
  if (minutes === 0) return '0';
  if (!Number.isFinite(minutes)) return '∞';
  if (minutes >= 1) return minutes.toFixed(2);
  if (minutes >= 1e-3) return String(Number(minutes.toPrecision(2)));
  return minutes.toExponential(1);
}
