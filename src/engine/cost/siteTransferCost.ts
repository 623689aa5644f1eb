import { networkPrices } from '../catalog/networkPrices';
import { interRegionUsdPerGb } from '../catalog/transferPrices';
import type { Site } from '../network/site';

/**
 * Which transfer price applies between two sites (docs/sources.md §3.4): free within a zone, within a
 * region where a zone is unknown, or where a region is unknown; cross-zone between two zones of one
 * region; inter-region between two regions.
 */
export function siteTransferKind(a: Site, b: Site): 'free' | 'crossZone' | 'interRegion' {
  if (a.regionGroupIndex >= 0 && a.regionGroupIndex === b.regionGroupIndex) {
    return a.zoneGroupIndex >= 0 && b.zoneGroupIndex >= 0 && a.zoneGroupIndex !== b.zoneGroupIndex ? 'crossZone' : 'free';
  }
  return a.region === null || b.region === null || a.region.id === b.region.id ? 'free' : 'interRegion';
}

/**
 * USD for moving `forwardGb` from site a to site b and `backwardGb` back (docs/sources.md §3.4):
 * same zone or same region with a zone unknown: free; two zones of one region: $0.01/GB charged on
 * each side, $0.02 per GB moved; two regions: each direction at its source region's inter-region rate.
 */
export function siteTransferUsd(a: Site, b: Site, forwardGb: number, backwardGb: number): number {
  const kind = siteTransferKind(a, b);
  if (kind === 'free') return 0;
  if (kind === 'crossZone') return (forwardGb + backwardGb) * 2 * networkPrices.crossZoneUsdPerGbEachDirection.value;
  if (a.region === null || b.region === null) return 0;
  return forwardGb * interRegionUsdPerGb(a.region, b.region).value + backwardGb * interRegionUsdPerGb(b.region, a.region).value;
}
