import { conditionalWaitShape, exponentialWait, type ConditionalWaitShape } from './conditionalWait';
import { erlangCWaitProbability } from './erlangC';

/** Queueing at one station: the probability of waiting and the wait when it does. */
export interface StationWait {
  /** ρ = λ·s / c. */
  utilization: number;
  /** ρ ≥ 1 (to rounding, `saturationTolerance`): the queue grows without bound; no finite wait exists. */
  saturated: boolean;
  /** P(W > 0): Erlang C. */
  waitProbability: number;
  /** E[W | W > 0], ms. */
  conditionalWaitMs: number;
  /** E[W] = P(W > 0) · E[W | W > 0], ms. */
  meanWaitMs: number;
  /** The distribution of W | W > 0 (`conditionalWaitShape`). */
  conditionalWait: ConditionalWaitShape;
}

/**
 * How close to 1 a utilization counts as 1. The load at which a station saturates is computed back from
 * its capacity (`stationSaturationRequestsPerSecond`), and evaluating the design at that load gives
 * ρ = 1 only to rounding (1 − 1e-16): a "finite" wait 10¹⁶ service times long there is saturation.
 */
export const saturationTolerance = 1e-12;

/**
 * Waiting time at a station of `servers` identical servers, Poisson arrivals at `arrivalsPerSecond`,
 * service time of mean `serviceMs` and coefficient of variation `serviceCv`.
 * M/M/c (cv = 1) exactly: W = 0 with probability 1 − C, else W ~ Exp(cμ − λ), so
 * E[W | W > 0] = 1 / (cμ − λ) (Erlang 1917; Kleinrock §3.5).
 * Other cv by Allen–Cunneen: E[W] ≈ E[W_M/M/c] · (c_a² + c_s²) / 2 with c_a² = 1 (Poisson arrivals),
 * keeping P(W > 0) = C (Allen 1990, Probability, Statistics and Queueing Theory, §6); the shape of the
 * wait given that it waits is that of the M/G/1 queue Allen–Cunneen's mean implies (`conditionalWaitShape`).
 */
export function stationWait(servers: number, arrivalsPerSecond: number, serviceMs: number, serviceCv: number): StationWait {
  const arrivalsPerMs = arrivalsPerSecond / 1000;
  const offered = arrivalsPerMs * serviceMs;
  const utilization = servers > 0 ? offered / servers : Number.POSITIVE_INFINITY;
  if (utilization >= 1 - saturationTolerance) {
    return { utilization, saturated: true, waitProbability: 1, conditionalWaitMs: Number.POSITIVE_INFINITY, meanWaitMs: Number.POSITIVE_INFINITY, conditionalWait: exponentialWait(Number.POSITIVE_INFINITY) };
  }
  if (offered <= 0 || serviceMs <= 0) return { utilization, saturated: false, waitProbability: 0, conditionalWaitMs: 0, meanWaitMs: 0, conditionalWait: exponentialWait(0) };
  const waitProbability = erlangCWaitProbability(servers, offered);
  const variability = (1 + serviceCv * serviceCv) / 2;
  const conditionalWaitMs = variability / (servers / serviceMs - arrivalsPerMs);
  const conditionalWait = conditionalWaitShape(servers, utilization, serviceMs, serviceCv, conditionalWaitMs);
  return { utilization, saturated: false, waitProbability, conditionalWaitMs, meanWaitMs: waitProbability * conditionalWaitMs, conditionalWait };
}
