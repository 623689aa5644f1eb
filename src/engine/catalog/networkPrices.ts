import { assumption, fact, type Sourced } from './sourced';

/** One tier of a volume-tiered price: this much volume (GB) at this price; the last tier is open-ended. */
export interface PriceTier {
  upToGb: number;
  usdPerGb: number;
}

/** Load balancing, DNS and CDN prices, AWS us-east-1 (docs/sources.md §3.4, §3.5); data transfer by region is in `transferPrices.ts`. */
export const networkPrices = {
  /** Origin → CDN transfer is not charged. */
  originToCdnUsdPerGb: assumption(0, 'USD/GB', 'AWS does not bill transfer from AWS origins to CloudFront; the data file lists only CloudFront → origin ($0.02/GB)'),
  albUsdPerHour: fact(0.0225, 'USD/h', '§3.4 (ALB, lb_test.golden)', '2024-07-01'),
  albUsdPerLcuHour: fact(0.008, 'USD/LCU-h', '§3.4 (ALB, lb_test.golden)', '2024-07-01'),
  /** LCUs an ALB uses: processed bytes dominate for API traffic; one LCU = 1 GB processed per hour. */
  albGbPerLcuHour: assumption(1, 'GB/LCU-h', 'AWS defines an ALB LCU as 1 GB/h processed for EC2 targets (25 new connections/s, 3,000 active/min, 1,000 rule evaluations/s); the data file gives only the LCU price'),
  route53HostedZoneUsdPerMonth: fact(0.5, 'USD/month', '§3.4 (Route 53 hosted zone)', '2024-07-01'),
  route53StandardUsdPerMillionQueries: fact(0.4, 'USD/1M queries', '§3.4 (Route 53 standard queries)', '2024-07-01'),
  route53LatencyUsdPerMillionQueries: fact(0.6, 'USD/1M queries', '§3.4 (Route 53 latency-based queries)', '2024-07-01'),
  route53GeoUsdPerMillionQueries: fact(0.7, 'USD/1M queries', '§3.4 (Route 53 geo queries)', '2024-07-01'),
  route53HealthCheckUsdPerMonth: fact(0.5, 'USD/month', '§3.4 (Route 53 health check, AWS endpoint)', '2024-07-01'),
  /** CloudFront egress, US/Mexico/Canada and Europe/Israel. */
  cdnEgressTiers: fact<PriceTier[]>(
    [
      { upToGb: 10_000, usdPerGb: 0.085 },
      { upToGb: 50_000, usdPerGb: 0.08 },
      { upToGb: 150_000, usdPerGb: 0.06 },
      { upToGb: 500_000, usdPerGb: 0.04 },
      { upToGb: 1_024_000, usdPerGb: 0.03 },
      { upToGb: 5_024_000, usdPerGb: 0.025 },
      { upToGb: Number.POSITIVE_INFINITY, usdPerGb: 0.02 },
    ],
    'USD/GB',
    '§3.5 (CloudFront egress US/EU, cloudfront_distribution_test.golden)',
    '2024-07-01',
  ),
  cdnHttpsUsdPerTenThousandRequests: fact(0.01, 'USD/10k requests', '§3.5 (CloudFront HTTPS requests, US/EU)', '2024-07-01'),
} satisfies Record<string, Sourced<unknown>>;

/** Kilobytes in a billed gigabyte (decimal: 1 GB = 10⁶ kB). */
export const kbPerGb = 1_000_000;

/**
 * Cost of `gb` gigabytes under a tiered schedule, USD: Σ over tiers of (GB falling in the tier × its price).
 * E.g. 12,000 GB of us-east-1 egress = 10,240 × 0.09 + 1,760 × 0.085 = $1,071.20.
 */
export function tieredCostUsd(gb: number, tiers: readonly PriceTier[]): number {
  let remaining = gb;
  let previousLimit = 0;
  let usd = 0;
  for (const tier of tiers) {
    const inTier = Math.min(remaining, tier.upToGb - previousLimit);
    if (inTier <= 0) break;
    usd += inTier * tier.usdPerGb;
    remaining -= inTier;
    previousLimit = tier.upToGb;
  }
  return usd;
}
