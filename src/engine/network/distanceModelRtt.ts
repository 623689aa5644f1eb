import { networkDefaults } from '../catalog/networkDefaults';

/**
 * Round-trip time predicted from distance alone, ms (docs/sources.md §1.5):
 * `RTT = max(k · 2·d / v, floor)` with d the great-circle distance (km), v = 200 km/ms in fibre,
 * k = 1.75 the median measured stretch over AWS pairs (p10 1.42, p90 2.68, so a real pair is within
 * −19 % / +53 % of the model 80 % of the time) and floor = 2 ms between distinct places.
 */
export function distanceModelRttMs(distanceKm: number, stretch: number = networkDefaults.backboneStretch.value): number {
  const fibreMinimumMs = (2 * distanceKm) / networkDefaults.fibreKmPerMs.value;
  return Math.max(stretch * fibreMinimumMs, networkDefaults.distinctPlacesFloorMs.value);
}
