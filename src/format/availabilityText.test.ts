import { describe, expect, it } from 'vitest';
import { availabilityPercent, downtimeMinutesNumber, ninesNumber, unavailabilityNumber } from './availabilityText';

const monthMinutes = 730 * 60;

describe('availability as text, from U', () => {
  it('shows the nines of a tiny U instead of 100 %', () => {
    expect(availabilityPercent(1e-18)).toBe('99.9999999999999999 %');
    expect(availabilityPercent(1e-9)).toBe('99.9999999 %');
    expect(availabilityPercent(1.234e-9)).toBe('99.9999998 %');
  });

  it('never reads better than it is: the downtime is rounded up', () => {
    expect(availabilityPercent(7.849e-4)).toBe('99.92 %');
    expect(availabilityPercent(7.849e-4, 3)).toBe('99.9215 %');
    expect(availabilityPercent(1e-4)).toBe('99.99 %');
    expect(availabilityPercent(1e-4, 3)).toBe('99.99 %');
    expect(availabilityPercent(1e-18, 3)).toBe('99.9999999999999999 %');
  });

  it('prints the ends and the middle as they are', () => {
    expect(availabilityPercent(0.5)).toBe('50.00 %');
    expect(availabilityPercent(1)).toBe('0.00 %');
    expect(availabilityPercent(0)).toBe('100 %');
  });

  it('writes downtime at any size, never 0 unless there is none', () => {
    expect(downtimeMinutesNumber(1e-18 * monthMinutes)).toBe('4.4e-14');
    expect(downtimeMinutesNumber(1e-9 * monthMinutes)).toBe('4.4e-5');
    expect(downtimeMinutesNumber(0.5 * monthMinutes)).toBe('21900.00');
    expect(downtimeMinutesNumber(7.849e-4 * monthMinutes)).toBe('34.38');
    expect(downtimeMinutesNumber(0.006)).toBe('0.006');
    expect(downtimeMinutesNumber(0)).toBe('0');
    expect(downtimeMinutesNumber(monthMinutes)).toBe('43800.00');
  });

  it('writes nines and U, with a word or an exact zero at the ends', () => {
    expect(ninesNumber(18)).toBe('18.0');
    expect(ninesNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(ninesNumber(0)).toBe('0.0');
    expect(unavailabilityNumber(1e-18)).toBe('1.000e-18');
    expect(unavailabilityNumber(0)).toBe('0');
    expect(unavailabilityNumber(1)).toBe('1.000e+0');
  });
});
