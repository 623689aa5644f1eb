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

/** What moving some bytes costs, USD, and what the same bytes cost at us-east-1's prices. */
export interface TransferUsd {
  usd: number;
  usEast1Usd: number;
}

const free: TransferUsd = { usd: 0, usEast1Usd: 0 };

/**
 * USD for moving `gb` from site a to site b (docs/sources.md §3.4, §3.6): same zone or same region with
 * a zone unknown: free; two zones of one region: $0.01/GB charged on each side, $0.02 per GB moved (in
 * every region the data lists, us-east-1 included); two regions: the source region's inter-region rate
 * (the pair's own rate where it has one), and at us-east-1 prices what us-east-1 charges for the pair.
 * `standIn` is told of a source region whose rate the data does not give (us-east-1's stands in).
 */
export function siteTransferUsd(a: Site, b: Site, gb: number, standIn?: (what: string) => void): TransferUsd {
  const kind = siteTransferKind(a, b);
  if (kind === 'free' || !(gb > 0)) return free;
  if (kind === 'crossZone') {
    const usd = gb * 2 * crossZoneUsdPerGbEachDirection.value;
    return { usd, usEast1Usd: usd };
  }
  if (a.region === null || b.region === null) return free;
  const placed = interRegionUsdPerGb(a.region, b.region);
  if (placed.basis === 'usEast1') standIn?.(`inter-region transfer price out of ${placed.region?.code}`);
  return { usd: gb * placed.price.value, usEast1Usd: gb * placed.usEast1.value };
}
