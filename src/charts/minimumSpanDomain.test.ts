import { describe, expect, it } from 'vitest';
import { minimumSpanDomain } from './minimumSpanDomain';

describe('minimumSpanDomain', () => {
  it("leaves recharts' domain to figures that differ by more than a tenth", () => {
    expect(minimumSpanDomain([100, 250])).toEqual(['auto', 'auto']);
    expect(minimumSpanDomain([])).toEqual(['auto', 'auto']);
  });

  it('centres a window a tenth of the figures wide on figures that are close, its ends on round steps', () => {
    // 26 750 wide around 267 000 (253 625 … 280 375), rounded out to steps of 10 000.
    expect(minimumSpanDomain([266_500, 267_500])).toEqual([250_000, 290_000]);
  });

  it('widens to an absolute span where a tenth of the figures is too little to read (nines)', () => {
    // 0.0205 … 0.5205, rounded out to steps of 0.2.
    expect(minimumSpanDomain([0.27, 0.271], 0.5)).toEqual([0, 0.6000000000000001]);
  });

  it('keeps non-negative figures above 0 and gives equal zeros a unit span', () => {
    expect(minimumSpanDomain([0, 0])).toEqual([0, 1]);
    const [from, to] = minimumSpanDomain([-5, -5]) as [number, number];
    expect(from).toBeCloseTo(-5.4, 12);
    expect(to).toBeCloseTo(-4.6, 12);
  });
});
