import { networkDefaults } from '../catalog/networkDefaults';
import { measuredRttMs } from '../catalog/measuredRtt';
import type { Sourced } from '../catalog/sourced';
import { distanceModelRttMs } from './distanceModelRtt';
import { greatCircleKm } from './greatCircle';
import type { Site } from './site';

/**
 * Round-trip time between two sites (SPEC §2.1), with its source:
 * - same region group: same zone 0.2 ms, two zones 1 ms, a zone unknown 0.5 ms (docs/sources.md §1.6);
 * - same catalog region otherwise: 0.5 ms;
 * - two regions of one provider: the measured median matrix value (docs/sources.md §1.1, §1.2);
 * - anything else: the distance model `max(1.75 · 2d / 200, 2)` ms (docs/sources.md §1.5).
 */
export function siteRtt(a: Site, b: Site): Sourced {
  if (a.regionGroupIndex >= 0 && a.regionGroupIndex === b.regionGroupIndex) {
    if (a.zoneGroupIndex >= 0 && b.zoneGroupIndex >= 0) {
      return a.zoneGroupIndex === b.zoneGroupIndex ? networkDefaults.sameZoneRttMs : networkDefaults.crossZoneRttMs;
    }
    return networkDefaults.sameRegionRttMs;
  }
  if (a.region !== null && b.region !== null) {
    if (a.region.id === b.region.id) return networkDefaults.sameRegionRttMs;
    const measured = measuredRttMs(a.region, b.region);
    if (measured !== undefined) return measured;
  }
  const km = greatCircleKm(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg);
  return {
    value: distanceModelRttMs(km),
    unit: 'ms',
    source: `distance model: max(1.75 × 2 × ${Math.round(km)} km / 200 km/ms, 2 ms) (docs/sources.md §1.5)`,
    asOf: networkDefaults.backboneStretch.asOf,
  };
}
