import { describe, expect, it } from 'vitest';
import { downtimeMinutesPerMonth, downtimeMinutesPerYear, ninesOf } from './nines';
import { asUnavailability } from './probability';

// The published downtime table (docs/sources.md §2.3, 730-hour month).
describe('nines and downtime', () => {
  it('99.9 % is 43.8 minutes a month and 8.76 hours a year', () => {
    expect(downtimeMinutesPerMonth(asUnavailability(1e-3), 730)).toBeCloseTo(43.8, 10);
    expect(downtimeMinutesPerYear(asUnavailability(1e-3), 730) / 60).toBeCloseTo(8.76, 10);
  });

  it('99.99 % is 4.38 minutes a month (4 m 23 s) and 52.6 minutes a year', () => {
    expect(downtimeMinutesPerMonth(asUnavailability(1e-4), 730)).toBeCloseTo(4.38, 10);
    expect(downtimeMinutesPerYear(asUnavailability(1e-4), 730)).toBeCloseTo(52.56, 10);
  });

  it('99.999 % is 26.3 seconds a month', () => {
    expect(downtimeMinutesPerMonth(asUnavailability(1e-5), 730) * 60).toBeCloseTo(26.28, 10);
  });

  it('nines are −log10 U, exact far below what 1 − A can represent', () => {
    expect(ninesOf(asUnavailability(1e-3))).toBeCloseTo(3, 12);
    expect(ninesOf(asUnavailability(5e-4))).toBeCloseTo(3.30103, 5);
    expect(ninesOf(asUnavailability(1e-20))).toBeCloseTo(20, 12);
    expect(ninesOf(asUnavailability(0))).toBe(Infinity);
  });
});
