import { describe, expect, it } from 'vitest';
import { formatAvailability, formatDowntime, formatMs, formatNines, formatPercent, formatQuantity, formatRps, formatSeconds, formatUnavailability, formatUsd, formatUsdExact, formatUsdWhole } from './screenFigures';

describe('formats', () => {
  it('durations from milliseconds', () => {
    expect(formatMs(0.2074)).toBe('0.21 ms');
    expect(formatMs(4.234)).toBe('4.23 ms');
    expect(formatMs(42.34)).toBe('42.3 ms');
    expect(formatMs(159.47)).toBe('159 ms');
    expect(formatMs(1234)).toBe('1.2 s');
    expect(formatMs(Infinity)).toBe('saturated');
  });

  it('durations from seconds: s, m, h, d', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(0.5)).toBe('500 ms');
    expect(formatSeconds(42)).toBe('42 s');
    expect(formatSeconds(90)).toBe('1 m 30 s');
    expect(formatSeconds(263)).toBe('4 m 23 s');
    expect(formatSeconds(300)).toBe('5 m');
    expect(formatSeconds(3600)).toBe('1 h');
    expect(formatSeconds(7350)).toBe('2 h 3 m');
    expect(formatSeconds(3 * 86400 + 4 * 3600)).toBe('3 d 4 h');
    expect(formatSeconds(34.3776 * 60)).toBe('34 m 23 s');
  });

  it('dollars', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(4.298)).toBe('$4.30');
    expect(formatUsd(217.54)).toBe('$218');
    expect(formatUsd(1234)).toBe('$1.2k');
    expect(formatUsd(4518.13)).toBe('$4.5k');
    expect(formatUsd(12_345)).toBe('$12.3k');
    expect(formatUsd(123_456)).toBe('$123k');
    expect(formatUsd(1_234_567)).toBe('$1.2M');
    expect(formatUsdExact(4518.12612)).toBe('$4,518.13');
    expect(formatUsdExact(0.5)).toBe('$0.50');
    expect(formatUsdWhole(4512.4)).toBe('$4,512');
    expect(formatUsdWhole(1_234_567.5)).toBe('$1,234,568');
    expect(formatUsdWhole(-4538)).toBe('−$4,538');
    expect(formatUsdWhole(217.54)).toBe('$218');
    expect(formatUsdWhole(4.298)).toBe('$4.30');
  });

  it('downtime as time, and below a second still visible', () => {
    expect(formatDowntime(34.38)).toBe('34 m 23 s');
    expect(formatDowntime(1e-18 * 43_800)).toBe('4.4e-14 min');
    expect(formatDowntime(0)).toBe('0 s');
  });

  it('availability, never rounded up', () => {
    expect(formatAvailability(0.0005)).toBe('99.95 %');
    expect(formatAvailability(0.0007849)).toBe('99.92 %');
    expect(formatAvailability(1e-5)).toBe('99.999 %');
    expect(formatAvailability(3.16e-5)).toBe('99.996 %');
    expect(formatAvailability(1e-9)).toBe('99.9999999 %');
    expect(formatAvailability(0)).toBe('100 %');
    expect(formatAvailability(1e-18)).toBe('99.9999999999999999 %');
    expect(formatAvailability(1)).toBe('0.00 %');
    expect(formatNines(3.1052)).toBe('3.1 nines');
    expect(formatUnavailability(0.000784876)).toBe('7.8 × 10⁻⁴');
    expect(formatUnavailability(7.3e-6)).toBe('7.3 × 10⁻⁶');
    expect(formatUnavailability(9.993e-5)).toBe('1 × 10⁻⁴');
  });

  it('fractions and rates', () => {
    expect(formatPercent(0.16667)).toBe('17 %');
    expect(formatPercent(0.042)).toBe('4.2 %');
    expect(formatPercent(0.007)).toBe('0.7 %');
    expect(formatPercent(1.32)).toBe('132 %');
    expect(formatRps(112)).toBe('112 req/s');
    expect(formatRps(2400)).toBe('2.4k req/s');
    expect(formatRps(56.2)).toBe('56.2 req/s');
    expect(formatRps(25_000)).toBe('25k req/s');
  });

  it('quantities in the units of explain terms', () => {
    expect(formatQuantity(20.0002, 'ms')).toBe('20 ms');
    expect(formatQuantity(90, 's')).toBe('1 m 30 s');
    expect(formatQuantity(210.24, 'USD/month')).toBe('$210.24 / month');
    expect(formatQuantity(0.000777, 'unavailability')).toBe('7.8 × 10⁻⁴');
    expect(formatQuantity(3, 'GB')).toBe('3 GB');
  });
});
