import type { Unavailability } from './probability';

/** Months in a year: a year is 12 billing months (12 × 730 h = 8 760 h, the convention of docs/sources.md §2.3). */
export const monthsPerYear = 12;

/**
 * Nines of an unavailability: −log10(U). 1e-3 → 3 nines (99.9 %); 5e-4 → 3.30. U = 0 gives +∞.
 * Computed from U directly so that U = 1e-20 gives 20, which −log10(1 − A) cannot.
 */
export function ninesOf(unavailability: Unavailability): number {
  return -Math.log10(unavailability);
}

/**
 * Expected downtime per month, minutes: U × monthHours × 60.
 * Reference: docs/sources.md §2.3 (730 h month): 99.9 % → 43.8 min, 99.99 % → 4.38 min, 99.999 % → 26.3 s.
 */
export function downtimeMinutesPerMonth(unavailability: Unavailability, monthHours: number): number {
  return unavailability * monthHours * 60;
}

/** Expected downtime per year, minutes: U × 12 × monthHours × 60 (99.99 % → 52.6 min, docs/sources.md §2.3). */
export function downtimeMinutesPerYear(unavailability: Unavailability, monthHours: number): number {
  return downtimeMinutesPerMonth(unavailability, monthHours) * monthsPerYear;
}
