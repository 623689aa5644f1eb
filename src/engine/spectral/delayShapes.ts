import { balancedHyperexponential, type ConditionalWaitShape } from '../queueing/conditionalWait';
import type { DelayAlgebra } from './delayAlgebra';

/**
 * A service time of mean `meanMs` and coefficient of variation `cv`, matched on its first two moments:
 * cv = 0 a constant; 0 < cv < 1 a constant (1 − cv)·mean followed by an exponential of mean cv·mean;
 * cv = 1 an exponential; cv > 1 a two-phase hyperexponential with balanced means,
 * p₁ = ½(1 + √((cv² − 1)/(cv² + 1))), phase means mean / (2pᵢ) (Whitt 1982, "Approximating a point process
 * by a renewal process", balanced-means H₂). An algebra may keep it (`keptServiceTime`).
 */
export function serviceTimeDelay<D>(algebra: DelayAlgebra<D>, meanMs: number, cv: number): D {
  return algebra.keptServiceTime ? algebra.keptServiceTime(meanMs, cv, () => builtServiceTime(algebra, meanMs, cv)) : builtServiceTime(algebra, meanMs, cv);
}

/** `serviceTimeDelay`, built. */
function builtServiceTime<D>(algebra: DelayAlgebra<D>, meanMs: number, cv: number): D {
  if (meanMs <= 0 || cv <= 0) return algebra.constant(Math.max(0, meanMs));
  if (cv < 1) return algebra.sequence(algebra.constant((1 - cv) * meanMs), algebra.exponential(cv * meanMs));
  if (cv === 1) return algebra.exponential(meanMs);
  const { firstPhaseWeight, firstPhaseMs, secondPhaseMs } = balancedHyperexponential(meanMs, cv);
  return algebra.mixture([firstPhaseWeight, 1 - firstPhaseWeight], [algebra.exponential(firstPhaseMs), algebra.exponential(secondPhaseMs)]);
}

/**
 * True when a wait probability is below double precision next to 1 (1 − p rounds to 1, p < ~1.1e-16):
 * such a wait changes no probability by more than rounding does, so a station leaves it out — and a
 * lightly loaded station's delay then stays the same object as load changes (sweeps reuse it).
 */
export function negligibleWait(waitProbability: number): boolean {
  return waitProbability <= 0 || 1 - waitProbability === 1;
}

/** W | W > 0 of shape `wait` (`conditionalWaitShape`): its shift, then one of its two exponential phases. */
function conditionalWaitDelay<D>(algebra: DelayAlgebra<D>, wait: ConditionalWaitShape): D {
  const { shiftMs, firstPhaseWeight, firstPhaseMs, secondPhaseMs } = wait;
  const phases =
    firstPhaseWeight >= 1 ? algebra.exponential(firstPhaseMs) : algebra.mixture([firstPhaseWeight, 1 - firstPhaseWeight], [algebra.exponential(firstPhaseMs), algebra.exponential(secondPhaseMs)]);
  return shiftMs > 0 ? algebra.sequence(algebra.constant(shiftMs), phases) : phases;
}

/** The inputs of a station's delay (`stationDelay`). */
export interface StationDelayInputs {
  waitProbability: number;
  wait: ConditionalWaitShape;
  serviceMs: number;
  serviceCv: number;
}

const noWait: ConditionalWaitShape = { shiftMs: 0, firstPhaseWeight: 0, firstPhaseMs: 0, secondPhaseMs: 0 };

/**
 * The inputs `stationDelay` depends on, and all it reads: a negligible wait (`negligibleWait`) is no
 * wait, its probability and shape zeros. Whoever keys a cache by a station's inputs keys it by these.
 */
export function stationDelayInputs(waitProbability: number, wait: ConditionalWaitShape, serviceMs: number, serviceCv: number): StationDelayInputs {
  return negligibleWait(waitProbability) ? { waitProbability: 0, wait: noWait, serviceMs, serviceCv } : { waitProbability, wait, serviceMs, serviceCv };
}

/**
 * Response time at a queueing station: wait then service. The wait is 0 with probability 1 − C and
 * of shape `wait` otherwise (exponential for M/M/c, exact; `conditionalWaitShape` for other service
 * cv); left out when C is negligible (`negligibleWait`). A function of `stationDelayInputs` only.
 */
export function stationDelay<D>(algebra: DelayAlgebra<D>, waitProbability: number, wait: ConditionalWaitShape, serviceMs: number, serviceCv: number): D {
  const inputs = stationDelayInputs(waitProbability, wait, serviceMs, serviceCv);
  const service = serviceTimeDelay(algebra, inputs.serviceMs, inputs.serviceCv);
  // Still a sum (no wait, then service): bounds of sums are capped at mean + 12 sd (`MomentAlgebra`), as with a wait.
  if (inputs.waitProbability === 0) return algebra.sequence(algebra.constant(0), service);
  return algebra.sequence(algebra.mixture([1 - inputs.waitProbability, inputs.waitProbability], [algebra.constant(0), conditionalWaitDelay(algebra, inputs.wait)]), service);
}

/** `d` with probability `p`, nothing otherwise (a cold start, a handshake, a call made only on a miss). */
export function sometimes<D>(algebra: DelayAlgebra<D>, p: number, d: D): D {
  if (p >= 1) return d;
  return algebra.mixture([1 - p, p], [algebra.constant(0), d]);
}

/**
 * `times` calls in a row, where `times` may be fractional (a mean multiplicity): ⌊times⌋ calls with
 * probability 1 − frac, ⌈times⌉ with probability frac, so the mean number of calls is exactly `times`.
 */
export function repeatedCalls<D>(algebra: DelayAlgebra<D>, d: D, times: number): D {
  const whole = Math.floor(times);
  const fraction = times - whole;
  if (fraction === 0) return algebra.repeat(d, whole);
  return algebra.mixture([1 - fraction, fraction], [algebra.repeat(d, whole), algebra.repeat(d, whole + 1)]);
}

/** `count` identical calls at once, waiting for all: the maximum of `count` copies of `d`. */
function allOf<D>(algebra: DelayAlgebra<D>, d: D, count: number): D {
  if (count === 0) return algebra.constant(0);
  return count === 1 ? d : algebra.kthFastest(Array.from({ length: count }, () => d), count);
}

/** `times` identical calls at once, waiting for all: the maximum of ⌊times⌋ or ⌈times⌉ copies (mean `times`). */
export function parallelCalls<D>(algebra: DelayAlgebra<D>, d: D, times: number): D {
  const whole = Math.floor(times);
  const fraction = times - whole;
  if (fraction === 0) return allOf(algebra, d, whole);
  return algebra.mixture([1 - fraction, fraction], [allOf(algebra, d, whole), allOf(algebra, d, whole + 1)]);
}
