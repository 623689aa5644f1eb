import { describe, expect, it } from 'vitest';
import { serviceTimeDelay } from './delayShapes';
import { keptServiceTimeBytes, SpectralAlgebra } from './spectralAlgebra';

// A spectral algebra keeps service times (they do not change with load): a kept one must read, bit for
// bit, as one built in a fresh algebra, however many scopes were closed and slots reused since.
describe('SpectralAlgebra.keptServiceTime', () => {
  const shapes = [
    [5, 0.5],
    [5, 1],
    [5, 2],
    [8, 0],
  ] as const;

  it('gives the service time a fresh algebra builds, after scopes have freed and reused slots', () => {
    const algebra = new SpectralAlgebra(512, 0.25);
    const first = shapes.map(([meanMs, cv]) => {
      const mark = algebra.openScope();
      const d = serviceTimeDelay(algebra, meanMs, cv);
      algebra.closeScope(mark, null);
      return d;
    });
    // Scopes that allocate and free slots, as the next stations and sweep points do.
    for (let i = 0; i < 4; i += 1) {
      const mark = algebra.openScope();
      algebra.sequence(algebra.exponential(1 + i), algebra.mixture([0.3, 0.7], [algebra.exponential(2), algebra.exponential(7)]));
      algebra.closeScope(mark, null);
    }
    shapes.forEach(([meanMs, cv], i) => {
      const again = serviceTimeDelay(algebra, meanMs, cv);
      expect(again).toBe(first[i]);
      const fresh = new SpectralAlgebra(512, 0.25);
      expect(algebra.toGridMasses(again)).toEqual(fresh.toGridMasses(serviceTimeDelay(fresh, meanMs, cv)));
    });
  });

  it('keeps at most keptServiceTimeBytes of them; past it each is built afresh, as a fresh algebra builds it', () => {
    // 4 096 points: 64 kB a transform with its masses, so 127 fit in 8 MB.
    const algebra = new SpectralAlgebra(4096, 0.25);
    const slotBytes = (4096 / 2 + 1) * 16 + 4096 * 8;
    const cap = Math.floor(keptServiceTimeBytes / slotBytes);
    const meanOf = (i: number) => 5 + i / 64;
    const inScope = (meanMs: number) => {
      const mark = algebra.openScope();
      const d = serviceTimeDelay(algebra, meanMs, 1.5);
      algebra.closeScope(mark, null);
      return d;
    };
    const kept = Array.from({ length: cap }, (_, i) => inScope(meanOf(i)));
    // Past the cap, one is built in the caller's scope (a few working slots, freed with it)...
    const past = [inScope(meanOf(cap))];
    const pastCap = algebra.retainedBytes;
    expect(pastCap).toBeLessThanOrEqual(keptServiceTimeBytes + 8 * slotBytes);
    // ...and as many again keep nothing more.
    past.push(...Array.from({ length: cap }, (_, i) => inScope(meanOf(cap + 1 + i))));
    expect(algebra.retainedBytes).toBe(pastCap);
    expect(inScope(meanOf(0))).toBe(kept[0]);
    expect(inScope(meanOf(cap))).not.toBe(past[0]);
    const mark = algebra.openScope();
    const built = serviceTimeDelay(algebra, meanOf(cap + 1), 1.5);
    const fresh = new SpectralAlgebra(4096, 0.25);
    expect(algebra.toGridMasses(built)).toEqual(fresh.toGridMasses(serviceTimeDelay(fresh, meanOf(cap + 1), 1.5)));
    algebra.closeScope(mark, null);
  });
});
