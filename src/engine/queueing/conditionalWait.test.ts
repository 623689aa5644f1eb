import { describe, expect, it } from 'vitest';
import { balancedHyperexponential, conditionalWaitMoments, conditionalWaitShape, exponentialWait } from './conditionalWait';
import { stationWait } from './stationWait';

/** Raw moments E[S], E[S²], E[S³] of the service shapes, from their definitions (not from the code under test). */
function serviceMoments(meanMs: number, cv: number): [number, number, number] {
  if (cv === 0) return [meanMs, meanMs ** 2, meanMs ** 3];
  if (cv < 1) {
    // d + Exp(e): E[(d + X)ⁿ] with E[X] = e, E[X²] = 2e², E[X³] = 6e³.
    const d = (1 - cv) * meanMs;
    const e = cv * meanMs;
    return [meanMs, d * d + 2 * d * e + 2 * e * e, d ** 3 + 3 * d * d * e + 6 * d * e * e + 6 * e ** 3];
  }
  const p1 = (1 + Math.sqrt((cv * cv - 1) / (cv * cv + 1))) / 2;
  const [m1, m2] = [meanMs / (2 * p1), meanMs / (2 * (1 - p1))];
  return [meanMs, 2 * (p1 * m1 ** 2 + (1 - p1) * m2 ** 2), 6 * (p1 * m1 ** 3 + (1 - p1) * m2 ** 3)];
}

describe('the wait of a request that waits', () => {
  it('is exponential with M/M/c’s mean for exponential service', () => {
    const wait = stationWait(4, 300, 10, 1);
    expect(wait.conditionalWait).toEqual(exponentialWait(1 / (4 / 10 - 0.3)));
  });

  it('has Allen–Cunneen’s mean for every service cv, servers and load', () => {
    for (const cv of [0, 0.3, 0.5, 1.5, 2, 4]) {
      for (const servers of [1, 4, 16]) {
        for (const rho of [0.1, 0.5, 0.8, 0.95]) {
          const wait = stationWait(servers, (rho * servers * 1000) / 10, 10, cv);
          expect(conditionalWaitMoments(wait.conditionalWait).meanMs / wait.conditionalWaitMs, `cv ${cv}, c ${servers}, ρ ${rho}`).toBeCloseTo(1, 9);
        }
      }
    }
  });

  it('has the Pollaczek–Khinchine second moment at one server: E[W²] = 2E[W]² + λE[S³] / (3(1 − ρ))', () => {
    for (const cv of [0, 0.5, 2, 3]) {
      for (const rho of [0.3, 0.7, 0.9]) {
        const serviceMs = 10;
        const lambda = rho / serviceMs;
        const [, s2, s3] = serviceMoments(serviceMs, cv);
        const meanWait = (lambda * s2) / (2 * (1 - rho));
        const secondWait = 2 * meanWait ** 2 + (lambda * s3) / (3 * (1 - rho));
        const wait = stationWait(1, lambda * 1000, serviceMs, cv);
        expect(wait.waitProbability).toBeCloseTo(rho, 12);
        const { meanMs, secondMs2 } = conditionalWaitMoments(wait.conditionalWait);
        expect((rho * meanMs) / meanWait, `cv ${cv}, ρ ${rho}`).toBeCloseTo(1, 9);
        expect((rho * secondMs2) / secondWait, `cv ${cv}, ρ ${rho}`).toBeCloseTo(1, 9);
      }
    }
  });

  it('takes the same H₂ phases as the service shape of cv > 1 (mean and cv kept)', () => {
    const { firstPhaseWeight: p, firstPhaseMs: a, secondPhaseMs: b } = balancedHyperexponential(10, 2);
    expect(p * a + (1 - p) * b).toBeCloseTo(10, 12);
    expect((2 * (p * a * a + (1 - p) * b * b)) / 100 - 1).toBeCloseTo(4, 12);
    expect(p * a).toBeCloseTo((1 - p) * b, 12);
  });

  it('is a shift then an exponential for cv < 1, spread as M/D/1’s: cv² = (1 + 2ρ) / 3 given a wait', () => {
    const shape = conditionalWaitShape(1, 0.5, 10, 0, 10);
    const { meanMs, secondMs2 } = conditionalWaitMoments(shape);
    expect(shape.firstPhaseWeight).toBe(1);
    expect(shape.shiftMs).toBeGreaterThan(0);
    expect(meanMs).toBeCloseTo(10, 12);
    expect(secondMs2 / meanMs ** 2 - 1).toBeCloseTo(2 / 3, 12);
  });
});
