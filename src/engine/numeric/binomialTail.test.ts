import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from './binomialTail';
import { asUnavailability } from './probability';

/** Independent reference: enumerate all 2^n up/down states and add the probability of those with ≥ m down. */
function enumerateTail(n: number, m: number, q: number): number {
  let total = 0;
  for (let mask = 0; mask < 1 << n; mask += 1) {
    let downCount = 0;
    let p = 1;
    for (let i = 0; i < n; i += 1) {
      const isDown = (mask >> i) & 1;
      downCount += isDown;
      p *= isDown ? q : 1 - q;
    }
    if (downCount >= m) total += p;
  }
  return total;
}

describe('binomialUpperTail', () => {
  it('is q^n when every unit must be down (3 of 3 at q = 0.005 → 1.25e-7)', () => {
    expect(binomialUpperTail(3, 3, asUnavailability(0.005))).toBeCloseTo(1.25e-7, 20);
    expect(binomialUpperTail(3, 3, asUnavailability(0.005)) / 1.25e-7).toBeCloseTo(1, 14);
  });

  it('matches full enumeration for every m of n ≤ 10 at several q', () => {
    for (const q of [0.3, 0.05, 1e-3, 1e-6]) {
      for (let n = 1; n <= 10; n += 1) {
        for (let m = 0; m <= n + 1; m += 1) {
          const expected = enumerateTail(n, m, q);
          const got = binomialUpperTail(n, m, asUnavailability(q));
          if (expected === 0) expect(got).toBe(0);
          else expect(Math.abs(got / expected - 1)).toBeLessThan(1e-12);
        }
      }
    }
  });

  it('keeps relative precision deep in the tail: 2 of 2 at q = 1e-10 is 1e-20, not 0', () => {
    expect(binomialUpperTail(2, 2, asUnavailability(1e-10)) / 1e-20).toBeCloseTo(1, 12);
    // 2-of-5 down at q = 1e-9: C(5,2)·q² ≈ 1e-17 (next term 1e-26 is negligible).
    expect(binomialUpperTail(5, 2, asUnavailability(1e-9)) / 1e-17).toBeCloseTo(1, 7);
  });

  it('handles large fleets: 1 of 1000 down at q = 1e-3 is 1 − 0.999^1000 ≈ 0.6323', () => {
    expect(binomialUpperTail(1000, 1, asUnavailability(1e-3))).toBeCloseTo(1 - Math.pow(0.999, 1000), 12);
  });
});
