import { describe, expect, it } from 'vitest';
import { serviceTimeDelay } from './delayShapes';
import { SpectralAlgebra } from './spectralAlgebra';

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
});
