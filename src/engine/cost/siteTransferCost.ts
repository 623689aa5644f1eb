import { networkPrices } from '../catalog/networkPrices';
import { interRegionUsdPerGb } from '../catalog/transferPrices';
import type { Site } from '../network/site';

/**
 * USD for moving `forwardGb` from site a to site b and `backwardGb` back (cloud-facts §3.4):
 * same zone or same region with a zone unknown: free; two zones of one region: $0.01/GB charged on
 * each side, $0.02 per GB moved; two regions: each direction at its source region's inter-region rate.
 */
export function siteTransferUsd(a: Site, b: Site, forwardGb: number, backwardGb: number): number {
  if (a.regionGroupIndex >= 0 && a.regionGroupIndex === b.regionGroupIndex) {
    const crossZone = a.zoneGroupIndex >= 0 && b.zoneGroupIndex >= 0 && a.zoneGroupIndex !== b.zoneGroupIndex;
    return crossZone ? (forwardGb + backwardGb) * 2 * networkPrices.crossZoneUsdPerGbEachDirection.value : 0;
  }
  if (a.region === null || b.region === null || a.region.id === b.region.id) return 0;
  return forwardGb * interRegionUsdPerGb(a.region, b.region).value + backwardGb * interRegionUsdPerGb(b.region, a.region).value;
}
