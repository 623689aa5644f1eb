import { balancedHyperexponential } from '../queueing/conditionalWait';
import type { Xoshiro128StarStar } from './xoshiro128';

/** An exponential variate of mean `meanMs`: −mean · ln U, U uniform on (0, 1] (inversion). */
export function sampleExponential(rng: Xoshiro128StarStar, meanMs: number): number {
  return -meanMs * Math.log(rng.nextOpenUnit());
}

/**
 * A service time of mean `meanMs` and coefficient of variation `cv`, drawn from the same two-moment
 * shapes the analytic engine uses (`spectral/delayShapes.ts` `serviceTimeDelay`): cv = 0 a constant;
 * 0 < cv < 1 the constant (1 − cv)·mean plus an exponential of mean cv·mean; cv = 1 an exponential;
 * cv > 1 a balanced-means two-phase hyperexponential, p₁ = ½(1 + √((cv² − 1)/(cv² + 1))), phase
 * means mean / (2pᵢ) (Whitt 1982).
 */
export function sampleServiceTime(rng: Xoshiro128StarStar, meanMs: number, cv: number): number {
  if (meanMs <= 0 || cv <= 0) return Math.max(0, meanMs);
  if (cv < 1) return (1 - cv) * meanMs + sampleExponential(rng, cv * meanMs);
  if (cv === 1) return sampleExponential(rng, meanMs);
  const { firstPhaseWeight, firstPhaseMs, secondPhaseMs } = balancedHyperexponential(meanMs, cv);
  return rng.nextOpenUnit() <= firstPhaseWeight ? sampleExponential(rng, firstPhaseMs) : sampleExponential(rng, secondPhaseMs);
}
