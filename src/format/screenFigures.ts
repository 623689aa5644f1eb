import { availabilityPercent, downtimeMinutesNumber, ninesNumber } from './availabilityText';

/**
 * How figures read on screen: a unit on every number, a precision that fits the size of the number,
 * and a word ("saturated") instead of a number that does not exist.
 */

const trimmed = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

/** Keeps three significant figures for small numbers and no decimals from 100 up: 0.42, 4.2, 42, 420. */
function readable(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toString();
  if (abs >= 10) return trimmed(value, 1);
  if (abs >= 1) return trimmed(value, 2);
  return Number(value.toPrecision(2)).toString();
}

/** A duration from milliseconds: "0.42 ms", "159 ms", "1.2 s", "4 m 23 s"; "saturated" when infinite. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'saturated';
  if (Math.abs(ms) < 1000) return `${readable(ms)} ms`;
  return formatSeconds(ms / 1000);
}

/** A duration from seconds: "42 s", "4 m 23 s", "2 h 3 m", "3 d 4 h"; below a second in ms. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'never';
  if (seconds === 0) return '0 s';
  if (seconds < 1) return formatMs(seconds * 1000);
  if (seconds < 10) return `${trimmed(seconds, 1)} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) => (small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`);
  if (whole < 3600) return pair(Math.floor(whole / 60), 'm', whole % 60, 's');
  const minutes = Math.round(whole / 60);
  if (minutes < 24 * 60) return pair(Math.floor(minutes / 60), 'h', minutes % 60, 'm');
  const hours = Math.round(minutes / 60);
  return pair(Math.floor(hours / 24), 'd', hours % 24, 'h');
}

/** Dollars: "$0", "$4.30", "$218", "$4.5k", "$1.2M". */
export function formatUsd(usd: number): string {
  const abs = Math.abs(usd);
  if (abs === 0) return '$0'; // an axis's origin, or nothing at all: no cents to show
  const sign = usd < 0 ? '−' : '';
  if (abs >= 1e6) return `${sign}$${trimmed(abs / 1e6, abs >= 1e8 ? 0 : 1)}M`;
  if (abs >= 1000) return `${sign}$${trimmed(abs / 1000, abs >= 1e5 ? 0 : 1)}k`;
  if (abs >= 100) return `${sign}$${Math.round(abs)}`;
  return `${sign}$${abs.toFixed(2)}`;
}

/**
 * Dollars to the dollar, for bills set side by side, which must not read the same when they differ by
 * more than a dollar ("$4,512" beside "$4,538", where `formatUsd` reads "$4.5k" for both); below $100
 * as `formatUsd` ("$4.30").
 */
export function formatUsdWhole(usd: number): string {
  const abs = Math.abs(usd);
  if (abs < 100) return formatUsd(usd);
  return `${usd < 0 ? '−' : ''}$${Math.round(abs).toLocaleString('en-US')}`;
}

/** Dollars to the cent, for breakdowns whose terms must visibly add up: "$4,518.13". */
export function formatUsdExact(usd: number): string {
  const text = Math.abs(usd).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${usd < 0 ? '−' : ''}$${text}`;
}

/** Availability as a percentage from U, never reading better than it is: 99.92 %, 99.9999999999999999 % (see `availabilityPercent`). */
export function formatAvailability(unavailability: number): string {
  return availabilityPercent(unavailability);
}

/** "3.1 nines". */
export function formatNines(nines: number): string {
  return Number.isFinite(nines) ? `${ninesNumber(nines)} nines` : 'no downtime';
}

/** Downtime per month as time ("43 m 48 s", "26 s"), and below a second in minutes that still show it ("4.4e-14 min"). */
export function formatDowntime(minutes: number): string {
  if (minutes === 0 || minutes * 60 >= 1) return formatSeconds(minutes * 60);
  return `${downtimeMinutesNumber(minutes)} min`;
}

/** A probability of failure: "7.8 × 10⁻⁴". */
export function formatUnavailability(unavailability: number): string {
  if (unavailability === 0) return '0';
  // toExponential rounds the mantissa before choosing the exponent: 9.99e-5 reads 1 × 10⁻⁴, not 10 × 10⁻⁵.
  const [mantissa = '0', exponent = '0'] = unavailability.toExponential(1).split('e');
  const superscript = String(Number(exponent)).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)] ?? c);
  return `${Number(mantissa).toString()} × 10${superscript}`;
}

/** A fraction of capacity or of traffic: "17 %", "4.2 %", "0.7 %", "132 %". */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (percent !== 0 && Math.abs(percent) < 10) return `${trimmed(percent, 1)} %`;
  return `${Math.round(percent)} %`;
}

/** Requests per second: "400 req/s", "2.4k req/s", "1.2M req/s". */
export function formatRps(rps: number): string {
  if (!Number.isFinite(rps)) return 'unlimited';
  const abs = Math.abs(rps);
  if (abs >= 1e6) return `${trimmed(rps / 1e6, 1)}M req/s`;
  if (abs >= 1e4) return `${trimmed(rps / 1000, abs >= 1e5 ? 0 : 1)}k req/s`;
  if (abs >= 1000) return `${trimmed(rps / 1000, 2)}k req/s`;
  return `${readable(rps)} req/s`;
}

/** A value in one of the units the engine's explain terms use. */
export function formatQuantity(value: number, unit: string): string {
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 's':
      return formatSeconds(value);
    case 'USD/month':
      return `${formatUsdExact(value)} / month`;
    case 'unavailability':
      return formatUnavailability(value);
    case 'req/s':
      return formatRps(value);
    default:
      return `${readable(value)} ${unit}`;
  }
}
