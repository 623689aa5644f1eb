import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random';
import { SpectralArena } from './spectralArena';
import type { SpectralDelay } from './spectralDelay';
import { massesOnWindow, timesCdfOnWindow } from './spectralMasses';

describe('massesOnWindow and timesCdfOnWindow', () => {
  const size = 256;
  const stepMs = 0.5;
  const random = createRandomStream(7);
  const arena = new SpectralArena(size, 8);
  // A delay with a smooth part and two atoms, shifted between grid points, on a window that wraps round.
  const masses = arena.buffer(0);
  for (let i = 0; i < size; i += 1) masses[i] = i < 40 ? Math.exp(-i / 6) * random.nextOpenUnit() : 0;
  const total = masses.reduce((sum, m) => sum + m, 0);
  for (let i = 0; i < size; i += 1) masses[i] = (masses[i] ?? 0) / total;
  const slot = arena.fromBuffer(0, 3);
  const delay: SpectralDelay = { slot, shiftMs: 7.3, loMs: 8, atoms: [{ ms: 9.2, weight: 0.1 }, { ms: 30, weight: 0.05 }], slotWeight: 0.85 };
  const start = -5;

  /** The step CDF of `delay` on the window (ones multiplied by it), and how many entries were written. */
  function cdfOnWindow(): { cdf: Float64Array; written: number } {
    const cdf = new Float64Array(size).fill(1);
    return { cdf, written: timesCdfOnWindow(arena, stepMs, delay, start, cdf, false) };
  }

  // An order statistic multiplies its parts' CDFs in the same pass that builds them: what it gets must
  // be, bit for bit, the product with the CDF written out (the values past where it reaches 1 untouched).
  it('multiplies by the CDF, or by 1 − it, exactly as by the CDF it writes', () => {
    const { cdf, written } = cdfOnWindow();
    expect(written).toBeLessThan(size);
    expect(cdf[written - 1]).toBe(1);
    const factors = Float64Array.from({ length: size }, () => random.nextOpenUnit());
    const times = Float64Array.from(factors);
    const timesComplement = Float64Array.from(factors);
    expect(timesCdfOnWindow(arena, stepMs, delay, start, times, false)).toBe(written);
    expect(timesCdfOnWindow(arena, stepMs, delay, start, timesComplement, true)).toBe(written);
    for (let i = 0; i < size; i += 1) {
      expect(times[i]).toBe(i < written ? (factors[i] ?? 0) * (cdf[i] ?? 0) : factors[i]);
      expect(timesComplement[i]).toBe(i < written ? (factors[i] ?? 0) * (1 - (cdf[i] ?? 0)) : factors[i]);
    }
  });

  it('writes masses whose running sums are the CDF', () => {
    const window = new Float64Array(size);
    massesOnWindow(arena, stepMs, delay, start, window);
    const { cdf, written } = cdfOnWindow();
    let below = 0;
    for (let i = 0; i + 1 < written; i += 1) {
      below += window[i] ?? 0;
      expect(cdf[i]).toBe(below);
    }
    expect(window.reduce((sum, m) => sum + m, 0)).toBeCloseTo(1, 12);
  });
});
