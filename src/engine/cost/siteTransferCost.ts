import { crossZoneUsdPerGbEachDirection, interRegionUsdPerGb } from '../catalog/transferPrices';
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
 * USD for moving `forwardGb` from site a to site b and `backwardGb` back (docs/sources.md §3.4, §3.6):
 * same zone or same region with a zone unknown: free; two zones of one region: $0.01/GB charged on
 * each side, $0.02 per GB moved; two regions: each direction at its source region's inter-region rate
 * (the pair's own rate where it has one). `standIn` is told of each source region whose rate the data
 * does not give (us-east-1's stands in).
 */
export function siteTransferUsd(a: Site, b: Site, forwardGb: number, backwardGb: number, standIn?: (what: string) => void): number {
  const kind = siteTransferKind(a, b);
  if (kind === 'free') return 0;
  if (kind === 'crossZone') return (forwardGb + backwardGb) * 2 * crossZoneUsdPerGbEachDirection.value;
  if (a.region === null || b.region === null) return 0;
  const forward = interRegionUsdPerGb(a.region, b.region);
  const backward = interRegionUsdPerGb(b.region, a.region);
  for (const [placed, gb] of [[forward, forwardGb], [backward, backwardGb]] as const) {
    if (placed.basis === 'usEast1' && gb > 0) standIn?.(`inter-region transfer price out of ${placed.region?.code}`);
  }
  return forwardGb * forward.price.value + backwardGb * backward.price.value;
}
