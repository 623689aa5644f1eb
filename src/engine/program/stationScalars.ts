import { stationConditionalWait, type StationTable } from '../capacity/stations';
import type { DelayAlgebra } from '../spectral/delayAlgebra';
import { stationDelay, stationDelayInputs } from '../spectral/delayShapes';

/**
 * Scalars of one station in a latency program, consecutive: saturated, then the inputs of its delay
 * as `stationDelayInputs` gives them (P(wait), the wait's shift, first phase weight, first and second
 * phase means, service ms, service cv).
 */
export const stationScalarCount = 8;

/**
 * Writes the scalars of station `s` at `out[first…]`: whether it is saturated and exactly what its
 * delay depends on (`stationDelayInputs`: a negligible wait reads as none), so that its scalars change
 * only when its delay can, and the nodes that read them are recomputed only then.
 */
export function writeStationScalars(stations: StationTable, s: number, out: Float64Array, first: number): void {
  const { waitProbability, wait, serviceMs, serviceCv } = stationDelayInputs(stations.waitProbability[s] ?? 0, stationConditionalWait(stations, s), stations.serviceMs[s] ?? 0, stations.serviceCv[s] ?? 1);
  out[first] = stations.saturated[s] ?? 0;
  out[first + 1] = waitProbability;
  out[first + 2] = wait.shiftMs;
  out[first + 3] = wait.firstPhaseWeight;
  out[first + 4] = wait.firstPhaseMs;
  out[first + 5] = wait.secondPhaseMs;
  out[first + 6] = serviceMs;
  out[first + 7] = serviceCv;
}

/** The delay of the station whose scalars (`writeStationScalars`) start at `scalars[first]`; null when it is saturated. */
export function stationDelayOfScalars<D>(algebra: DelayAlgebra<D>, scalars: Float64Array, first: number): D | null {
  if (scalars[first] === 1) return null;
  const wait = { shiftMs: scalars[first + 2] ?? 0, firstPhaseWeight: scalars[first + 3] ?? 1, firstPhaseMs: scalars[first + 4] ?? 0, secondPhaseMs: scalars[first + 5] ?? 0 };
  return stationDelay(algebra, scalars[first + 1] ?? 0, wait, scalars[first + 6] ?? 0, scalars[first + 7] ?? 1);
}
