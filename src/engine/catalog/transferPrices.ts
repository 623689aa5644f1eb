import type { CatalogRegion } from '../../model';
import { networkPrices, type PriceTier } from './networkPrices';
import { assumption, fact, type Sourced } from './sourced';

const section = '§3.4 (data_transfer_test.golden, 750 GB rows)';
const asOf = '2024-09-25';

/** Inter-region transfer out of AWS regions other than us-east-1, USD/GB (docs/sources.md §3.4). */
const interRegionFromUsdPerGb: Readonly<Record<string, number>> = {
  'sa-east-1': 0.138,
  'ap-southeast-2': 0.098,
  'ap-northeast-1': 0.09,
  'ap-south-1': 0.086,
  'me-south-1': 0.1105,
  'af-south-1': 0.147,
};

/** First-tier internet egress of AWS regions other than us-east-1, USD/GB (docs/sources.md §3.4). */
const egressFirstTierUsdPerGb: Readonly<Record<string, number>> = {
  'sa-east-1': 0.15,
  'af-south-1': 0.154,
  'ap-southeast-2': 0.114,
  'ap-northeast-1': 0.114,
  'ap-southeast-1': 0.12,
  'ap-south-1': 0.1093,
  'me-south-1': 0.117,
  'eu-central-1': 0.09,
};

const usEast1Fallback = 'the data file lists this price for us-east-1 and a few other AWS regions only; the us-east-1 price stands in (North American and European regions charge the same)';

/**
 * Price per GB sent from region `from` to a different region `to` (docs/sources.md §3.4): us-east-1 → us-east-2
 * $0.01, us-east-1 → elsewhere $0.02, the listed source regions their own rate; other AWS and all GCP
 * regions use the us-east-1 rate as a named assumption.
 */
export function interRegionUsdPerGb(from: CatalogRegion, to: CatalogRegion): Sourced {
  if (from.provider === 'aws' && from.code === 'us-east-1') {
    return to.provider === 'aws' && to.code === 'us-east-2' ? networkPrices.interRegionUsEast1ToUsEast2UsdPerGb : networkPrices.interRegionUsdPerGb;
  }
  const listed = from.provider === 'aws' ? interRegionFromUsdPerGb[from.code] : undefined;
  if (listed !== undefined) return fact(listed, 'USD/GB', section, asOf);
  return assumption(networkPrices.interRegionUsdPerGb.value, 'USD/GB', usEast1Fallback);
}

/**
 * Internet egress tiers for traffic leaving `region`: us-east-1's schedule (docs/sources.md §3.4); for a listed
 * region its first-tier rate applies to all volume; unlisted regions use us-east-1's schedule (assumption).
 */
export function internetEgressTiers(region: CatalogRegion | null): Sourced<PriceTier[]> {
  const schedule = networkPrices.internetEgressTiers;
  if (region === null || (region.provider === 'aws' && region.code === 'us-east-1')) return schedule;
  const listed = region.provider === 'aws' ? egressFirstTierUsdPerGb[region.code] : undefined;
  if (listed !== undefined) return fact([{ upToGb: Number.POSITIVE_INFINITY, usdPerGb: listed }], 'USD/GB', section, asOf);
  return assumption(schedule.value, 'USD/GB', usEast1Fallback);
}
