import type { CatalogRegion } from '../../model';
import data from './data/regional-prices.json' with { type: 'json' };
import type { PlacedPrice, PriceBasis } from './regionalPrices';
import type { PriceTier } from './networkPrices';
import type { Sourced } from './sourced';

/*
 * Data-transfer prices by source region (docs/sources.md §3.6, source S5: Infracost's data-transfer
 * golden test output), read from data/regional-prices.json.
 */

const transfer = data.dataTransfer;
const transferSource = data.sources[transfer.source as 'S5'];
const source = `docs/sources.md §3.6 (${transfer.source}: ${transferSource.what})`;
const asOf = transferSource.asOf;
const sourced = <T>(value: T, unit: string): Sourced<T> => ({ value, unit, source, asOf, assumption: false });

const egressTierRates: Readonly<Record<string, readonly number[]>> = transfer.internetEgressUsdPerGb;
const firstTierOnly: Readonly<Record<string, number>> = transfer.firstTierOnlyUsdPerGb;
const interRegionOut: Readonly<Record<string, number>> = transfer.interRegionOutUsdPerGb;
const interRegionPair: Readonly<Record<string, number>> = transfer.interRegionPairUsdPerGb;

/** Tier i covers [starts[i], starts[i + 1]) GB a month; the last tier is open-ended. */
function tiersOf(rates: readonly number[]): PriceTier[] {
  const starts = transfer.internetEgressTierStartsGb;
  return rates.map((usdPerGb, i) => ({ upToGb: starts[i + 1] ?? Number.POSITIVE_INFINITY, usdPerGb }));
}

const usEast1Tiers = tiersOf(egressTierRates['us-east-1'] ?? []);

/** Cross-AZ transfer: $0.01/GB in each direction in every region the file lists, so $0.02 per GB moved. */
export const crossZoneUsdPerGbEachDirection: Sourced = sourced(transfer.crossZoneUsdPerGbEachDirection, 'USD/GB');

/**
 * Internet egress tiers for traffic leaving `region`: the region's own tiers where the file lists them
 * (first 10 TB, next 40 TB, next 100 TB, beyond; TB of 1,024 GB); a region with only a first-tier rate
 * pays it on all its volume; elsewhere (other AWS regions, Google Cloud, Azure) us-east-1's tiers stand
 * in. Global senders (no region) pay us-east-1's.
 */
export function internetEgressTiers(region: CatalogRegion | null): PlacedPrice<PriceTier[]> {
  const usEast1 = sourced(usEast1Tiers, 'USD/GB');
  const placed = (price: Sourced<PriceTier[]>, basis: PriceBasis): PlacedPrice<PriceTier[]> => ({ price, basis, region, usEast1 });
  if (region === null) return placed(usEast1, 'global');
  const rates = region.provider === 'aws' ? egressTierRates[region.code] : undefined;
  if (rates !== undefined) return placed(sourced(tiersOf(rates), 'USD/GB'), 'listed');
  const flat = region.provider === 'aws' ? firstTierOnly[region.code] : undefined;
  if (flat !== undefined) return placed(sourced([{ upToGb: Number.POSITIVE_INFINITY, usdPerGb: flat }], 'USD/GB'), 'listed');
  return placed(usEast1, 'usEast1');
}

/** The price per GB an AWS region `code` charges to send to region `to`: the pair's own price, else its "to other regions" price. */
function awsOutUsdPerGb(code: string, to: CatalogRegion): number | undefined {
  return (to.provider === 'aws' ? interRegionPair[`${code}->${to.code}`] : undefined) ?? interRegionOut[code];
}

/**
 * Price per GB sent from region `from` to a different region `to`: the pair's own price where the file
 * has one (us-east-1 ↔ us-east-2 $0.01), else the source region's "to other regions" price; regions
 * the file does not list (and Google Cloud, whose inter-region prices were not collected) use
 * us-east-1's $0.02 as a stand-in. Its us-east-1 counterpart is what us-east-1 charges to send to the
 * other end of the pair (`to`, or `from` when `to` is us-east-1), so us-east-2 ↔ us-east-1 stays $0.01.
 */
export function interRegionUsdPerGb(from: CatalogRegion, to: CatalogRegion): PlacedPrice {
  const otherEnd = to.provider === 'aws' && to.code === 'us-east-1' ? from : to;
  const usEast1 = sourced(awsOutUsdPerGb('us-east-1', otherEnd) ?? 0, 'USD/GB');
  const listed = from.provider === 'aws' ? awsOutUsdPerGb(from.code, to) : undefined;
  if (listed !== undefined) return { price: sourced(listed, 'USD/GB'), basis: 'listed', region: from, usEast1 };
  return { price: sourced(interRegionOut['us-east-1'] ?? 0, 'USD/GB'), basis: 'usEast1', region: from, usEast1 };
}
