import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCatalogRegion, type CatalogRegion } from '../../model';
import { findInstanceType } from './computePrices';
import { dataStorePrices, findCacheNodeType, findDatabaseNodeType } from './dataStorePrices';
import { networkPrices, tieredCostUsd } from './networkPrices';
import { regionalPrice } from './regionalPrices';
import { interRegionUsdPerGb, internetEgressTiers } from './transferPrices';

/** The data file the catalog is generated from, read as plain JSON (not through the catalog's import). */
const file = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'data', 'regional-prices.json'), 'utf8')) as {
  regions: string[];
  sources: Record<string, { ref: string; asOf: string }>;
  ec2: { usdPerHour: Record<string, Record<string, number>> };
  rds: { usdPerHour: Record<string, Record<string, number>>; multiAzUsdPerHour: Record<string, Record<string, number>> };
  elasticache: { usdPerHour: Record<string, Record<string, number>> };
  alb: { usdPerHour: Record<string, number>; usdPerLcuHour: Record<string, number> };
  dataTransfer: { internetEgressUsdPerGb: Record<string, number[]>; interRegionOutUsdPerGb: Record<string, number> };
  medianRatioVsUsEast1: Record<'ec2' | 'rds' | 'elasticache', Record<string, number>>;
};

function region(code: string, provider = 'aws'): CatalogRegion {
  const found = findCatalogRegion(`${provider}:${code}`);
  if (!found) throw new Error(`no catalog region ${provider}:${code}`);
  return found;
}

const ec2Types = Object.keys(file.ec2.usdPerHour).filter((type) => findInstanceType(`aws:${type}`));

describe('catalog prices against the data file they are generated from', () => {
  it('us-east-1 catalog prices equal the file: every EC2, RDS and ElastiCache type both give, and the ALB', () => {
    expect(ec2Types).toEqual(['m6i.large', 'm6i.xlarge', 'c6i.large', 'r6i.large', 't3.medium']);
    for (const type of ec2Types) expect(findInstanceType(`aws:${type}`)?.usdPerHour.value, type).toBe(file.ec2.usdPerHour[type]?.['us-east-1']);
    for (const type of Object.keys(file.rds.usdPerHour)) expect(findDatabaseNodeType(`aws:${type}`)?.usdPerHour.value, type).toBe(file.rds.usdPerHour[type]?.['us-east-1']);
    expect(findCacheNodeType('aws:cache.m6g.large')?.usdPerHour.value).toBe(file.elasticache.usdPerHour['cache.m6g.large']?.['us-east-1']);
    expect(networkPrices.albUsdPerHour.value).toBe(file.alb.usdPerHour['us-east-1']);
    expect(networkPrices.albUsdPerLcuHour.value).toBe(file.alb.usdPerLcuHour['us-east-1']);
  });

  it.each([
    ['ec2', 'aws:m6i.large', 'eu-west-1'],
    ['ec2', 'aws:t3.medium', 'ap-northeast-1'],
    ['ec2', 'aws:r6i.large', 'sa-east-1'],
    ['ec2', 'aws:m6i.xlarge', 'ap-south-1'],
    ['rds', 'aws:db.m6i.large', 'eu-central-1'],
    ['rds', 'aws:db.m6i.large-postgres', 'ap-southeast-2'],
    ['elasticache', 'aws:cache.m6g.large', 'eu-west-2'],
  ] as const)('%s %s in %s is the file’s price, with its source and date', (service, type, code) => {
    const placed = regionalPrice(service, type, { value: Number.NaN, unit: 'USD/h', source: '', asOf: '' }, region(code));
    const table = service === 'ec2' ? file.ec2.usdPerHour : service === 'rds' ? file.rds.usdPerHour : file.elasticache.usdPerHour;
    expect(placed.basis).toBe('listed');
    expect(placed.price.value).toBe(table[type.replace('aws:', '')]?.[code]);
    expect(placed.price.source).toMatch(/^docs\/sources\.md §3\.6 \(S\d: /);
    expect(placed.price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ALB: listed in five regions, estimated by the EC2 median elsewhere', () => {
    expect(regionalPrice('albHour', 'alb', networkPrices.albUsdPerHour, region('ap-northeast-1')).price.value).toBe(file.alb.usdPerHour['ap-northeast-1']);
    const frankfurt = regionalPrice('albHour', 'alb', networkPrices.albUsdPerHour, region('eu-central-1'));
    expect(frankfurt.basis).toBe('estimated');
    expect(frankfurt.price.value).toBeCloseTo(0.0225 * (file.medianRatioVsUsEast1.ec2['eu-central-1'] ?? Number.NaN), 12);
  });

  it('Multi-AZ RDS is two single-AZ copies in every region (the catalog bills each copy)', () => {
    for (const [type, byRegion] of Object.entries(file.rds.multiAzUsdPerHour)) {
      for (const [code, usd] of Object.entries(byRegion)) expect(usd, `${type} ${code}`).toBeCloseTo(2 * (file.rds.usdPerHour[type]?.[code] ?? Number.NaN), 12);
    }
  });

  it('the EC2 median ratio of each region is the median of its five types’ ratios', () => {
    for (const code of file.regions) {
      const ratios = Object.values(file.ec2.usdPerHour)
        .map((byRegion) => (byRegion[code] ?? Number.NaN) / (byRegion['us-east-1'] ?? Number.NaN))
        .sort((a, b) => a - b);
      expect(file.medianRatioVsUsEast1.ec2[code], code).toBeCloseTo(ratios[2] ?? Number.NaN, 2);
    }
  });
});

describe('the fallbacks', () => {
  it('a type the file does not list is the us-east-1 price × the region’s median ratio, marked estimated', () => {
    const micro = findInstanceType('aws:t3.micro');
    if (!micro) throw new Error('no t3.micro');
    const placed = regionalPrice('ec2', micro.id, micro.usdPerHour, region('eu-west-1'));
    expect(placed.basis).toBe('estimated');
    expect(placed.price.value).toBeCloseTo(0.0104 * 1.115, 12);
    expect(placed.price.source).toContain("estimated: us-east-1 price 0.0104 × eu-west-1's median EC2 ratio 1.115");
  });

  it('Google Cloud compute takes the region’s n2-standard-2 ratio to us-central1; other services have none', () => {
    const large = findInstanceType('aws:m6i.large');
    if (!large) throw new Error('no m6i.large');
    expect(regionalPrice('ec2', large.id, large.usdPerHour, region('asia-northeast1', 'gcp')).price.value).toBeCloseTo(0.096 * 1.283, 12);
    expect(regionalPrice('rds', 'aws:db.m6i.large', large.usdPerHour, region('asia-northeast1', 'gcp')).basis).toBe('usEast1');
  });

  it('a region the file does not cover keeps the us-east-1 price, as a stand-in; a global service its global price', () => {
    const storage = dataStorePrices.databaseStorageUsdPerGbMonth;
    expect(regionalPrice('rds', 'storage', storage, region('eu-north-1'))).toMatchObject({ basis: 'usEast1', price: storage });
    expect(regionalPrice('ec2', 'aws:m6i.large', storage, null)).toMatchObject({ basis: 'global', price: storage });
  });
});

describe('data transfer by source region', () => {
  it('egress: each region’s own tiers, 10 TB of 1,024 GB first', () => {
    const tokyo = internetEgressTiers(region('ap-northeast-1')).price.value;
    const [first, second] = file.dataTransfer.internetEgressUsdPerGb['ap-northeast-1'] ?? [];
    // 12,000 GB out of Tokyo: 10,240 × $0.114 + 1,760 × $0.089 = $1,167.36 + $156.64 = $1,324.00.
    expect(tieredCostUsd(12_000, tokyo)).toBeCloseTo(10_240 * (first ?? Number.NaN) + 1_760 * (second ?? Number.NaN), 9);
    expect(tieredCostUsd(12_000, tokyo)).toBeCloseTo(1324, 9);
    expect(internetEgressTiers(region('eu-north-1')).basis).toBe('usEast1');
  });

  it('inter-region: the source region’s rate, the pair’s own where it has one', () => {
    expect(interRegionUsdPerGb(region('sa-east-1'), region('us-east-1')).price.value).toBe(file.dataTransfer.interRegionOutUsdPerGb['sa-east-1']);
    expect(interRegionUsdPerGb(region('us-east-1'), region('us-east-2')).price.value).toBe(0.01);
    expect(interRegionUsdPerGb(region('us-east-1'), region('eu-west-1')).price.value).toBe(0.02);
    expect(interRegionUsdPerGb(region('europe-west1', 'gcp'), region('us-east1', 'gcp')).basis).toBe('usEast1');
  });

  it('at us-east-1 prices: what us-east-1 charges for the same pair, and its own egress tiers', () => {
    // Out of Tokyo to Ireland: us-east-1 → eu-west-1, $0.02; us-east-2 → us-east-1 stays the pair's $0.01.
    expect(interRegionUsdPerGb(region('ap-northeast-1'), region('eu-west-1')).usEast1.value).toBe(file.dataTransfer.interRegionOutUsdPerGb['us-east-1']);
    expect(interRegionUsdPerGb(region('us-east-2'), region('us-east-1')).usEast1.value).toBe(0.01);
    expect(interRegionUsdPerGb(region('sa-east-1'), region('us-east-2')).usEast1.value).toBe(0.01);
    const tiers = internetEgressTiers(region('ap-northeast-1')).usEast1.value.map((tier) => tier.usdPerGb);
    expect(tiers).toEqual(file.dataTransfer.internetEgressUsdPerGb['us-east-1']);
    expect(regionalPrice('rds', 'aws:db.m6i.large', networkPrices.albUsdPerHour, region('ap-northeast-1')).usEast1).toBe(networkPrices.albUsdPerHour);
  });
});
