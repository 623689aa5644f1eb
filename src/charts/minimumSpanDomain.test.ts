import { describe, expect, it } from 'vitest';
import { minimumSpanDomain } from './minimumSpanDomain';

describe('minimumSpanDomain', () => {
  it("leaves recharts' domain to figures that differ by more than a tenth", () => {
    expect(minimumSpanDomain([100, 250])).toEqual(['auto', 'auto']);
    expect(minimumSpanDomain([])).toEqual(['auto', 'auto']);
  });

  it('centres a window a tenth of the figures wide on figures that are close', () => {
    const [from, to] = minimumSpanDomain([266_500, 267_500]) as [number, number];
    expect(to - from).toBeCloseTo(26_750, 6);
    expect((from + to) / 2).toBeCloseTo(267_000, 6);
  });

  it('keeps non-negative figures above 0 and gives equal zeros a unit span', () => {
    expect(minimumSpanDomain([0, 0])).toEqual([0, 1]);
    expect(minimumSpanDomain([-5, -5])).toEqual([-5.25, -4.75]);
  });
});
