import type { CatalogRegion, Component } from '../../model';
import { findInstanceType, lambdaPrices, pricingModelFactors } from '../catalog/computePrices';
import { dataStorePrices, dynamoDbOnDemandType, findCacheNodeType, findDatabaseNodeType } from '../catalog/dataStorePrices';
import { kbPerGb, networkPrices, tieredCostUsd } from '../catalog/networkPrices';
import { regionalPrice, usEast1Price, type PlacedPrice } from '../catalog/regionalPrices';
import type { Sourced } from '../catalog/sourced';
import type { CostCategory, CostLine } from './costLine';
import { placedPriceText } from './placedPriceText';

/** What pricing one component needs to know about its traffic and size, per month. */
export interface ComponentUsage {
  index: number;
  /** Calls per month answered by the component, reads and writes. */
  readsPerMonth: number;
  writesPerMonth: number;
  /** Instances (fleets), nodes (caches) or copies (databases) running on average. */
  units: number;
  monthHours: number;
  pricing: keyof typeof pricingModelFactors;
  payloadKbIn: number;
  payloadKbOut: number;
  /** Share of DNS queries per request: resolvers look up on new connections only. */
  dnsQueriesPerRequest: number;
  /** Call edges out of the component (DNS health checks: one per target). */
  targets: number;
  /** Region the component runs in (its nearest region group); null for global components. */
  region: CatalogRegion | null;
  /** A database's copies: the region of each (copy 0 = the primary); empty for other kinds. */
  copyRegions: ReadonlyArray<CatalogRegion | null>;
}

/** Global services keep their global price wherever they are drawn. */
const globalKinds: ReadonlySet<Component['kind']> = new Set(['dns', 'cdn', 'globalLb']);

/** The region a component is priced in: its nearest region group, or none for a global service. */
export function pricingRegionOf(component: Component, siteRegion: CatalogRegion | null): CatalogRegion | null {
  return globalKinds.has(component.kind) ? null : siteRegion;
}

const categoryOf: Record<Component['kind'], CostCategory> = {
  dns: 'dns',
  globalLb: 'loadBalancing',
  cdn: 'cdn',
  loadBalancer: 'loadBalancing',
  compute: 'compute',
  monolith: 'compute',
  cache: 'cache',
  database: 'database',
  queue: 'messaging',
  objectStorage: 'storage',
  external: 'external',
};

/** Category of a component's own cost (serverless compute is its own category). */
export function costCategoryOf(component: Component): CostCategory {
  return component.kind === 'compute' && component.flavor === 'serverless' ? 'serverless' : categoryOf[component.kind];
}

/**
 * A database's copies grouped by region, in the order they first appear: `units` copies, copy j in
 * `copyRegions[j]` (the component's own region when the topology gives none).
 */
function copiesByRegion(copyRegions: ReadonlyArray<CatalogRegion | null>, units: number, fallback: CatalogRegion | null): Map<CatalogRegion | null, number> {
  const counts = new Map<CatalogRegion | null, number>();
  for (let j = 0; j < units; j += 1) {
    const copyRegion = copyRegions[j] ?? fallback;
    counts.set(copyRegion, (counts.get(copyRegion) ?? 0) + 1);
  }
  return counts;
}

function storageGbOf(component: Component): number {
  return component.kind === 'database' || component.kind === 'objectStorage' ? component.storageGb : 0;
}

/**
 * The monthly price of one component apart from data transfer (SPEC §2.5), as line items, with the
 * names of any figure the catalog lacks in `missing`. An explicit price replaces the catalog:
 * usdPerHour × hours × units + usdPerMillionRequests × requests / 10⁶ + usdPerGbMonth × stored GB.
 * Catalog prices (docs/sources.md §3, AWS us-east-1; §3.6 for other regions: each unit price is the
 * one of the region the component runs in, or the documented estimate, or us-east-1's as a stand-in
 * for what the data does not price there, which `standIns` names):
 * - VM / container fleet: instances × hours × on-demand $/h × pricing-model factor (reserved, spot);
 * - serverless: requests × $0.20/M + GB-seconds (requests × s × memory GB) × $0.0000166667;
 * - cache: nodes × hours × node $/h; database: copies × hours × instance $/h + copies × GB × $0.115,
 *   or DynamoDB on-demand: reads × $0.125/M + writes × $0.625/M + GB × $0.25;
 * - load balancer: hours × ($0.0225 + LCUs × $0.008), LCUs = GB processed per hour;
 * - DNS: $0.50 zone + queries × $0.40/0.60/0.70 per M (standard / latency / geo) + $0.50 per health check;
 * - CDN: tiered egress from $0.085/GB + $0.01 per 10k HTTPS requests; queue: messages × 3 requests
 *   × 64 KB chunks × $0.40/M ($0.50 FIFO); object storage: GB × $0.023 + GETs × $0.0004/1k + PUTs × $0.005/1k.
 * Each line also carries its quantity at us-east-1's unit price (`usEast1MonthlyUsd`), for the bill's
 * us-east-1 counterfactual.
 */
export function componentCost(component: Component, usage: ComponentUsage, missing: string[], standIns: string[]): CostLine[] {
  const lines: CostLine[] = [];
  const category = costCategoryOf(component);
  const add = (label: string, monthlyUsd: number, usEast1MonthlyUsd: number, placed?: PlacedPrice) => {
    if (!(monthlyUsd > 0)) return;
    if (!placed) {
      lines.push({ componentIndex: usage.index, category, label, monthlyUsd, usEast1MonthlyUsd });
      return;
    }
    const line: CostLine = { componentIndex: usage.index, category, label: `${label}, ${placedPriceText(placed)}`, monthlyUsd, usEast1MonthlyUsd, basis: placed.basis };
    if (placed.region) line.regionId = placed.region.id;
    // "2 × aws:m6i.large (onDemand)" → "aws:m6i.large", "storage 100 GB × 2 copies" → "storage": what has no price there.
    const what = label.replace(/^\d+ × /, '').replace(/ \(\w+\)$/, '').replace(/ [\d.]+ GB( × \d+ copies)?$/, '');
    if (placed.basis === 'usEast1' && placed.region) standIns.push(`${what} price in ${placed.region.code}`);
    lines.push(line);
  };
  /** A line of `quantity` units at `placed`'s unit price, and the same quantity at us-east-1's. */
  const priced = (label: string, quantity: number, placed: PlacedPrice) => add(label, quantity * placed.price.value, quantity * placed.usEast1.value, placed);
  /** A line the region does not change (an explicit price). */
  const unplaced = (label: string, monthlyUsd: number) => add(label, monthlyUsd, monthlyUsd);
  const region = usage.region;
  const here = (price: Sourced) => usEast1Price(price, region);
  // Read only by the prices traffic sets: a price that does not read it holds while load changes (`evaluateCost`'s cache).
  const requests = () => usage.readsPerMonth + usage.writesPerMonth;
  const hours = usage.monthHours;
  if (component.price.source === 'explicit') {
    unplaced('explicit price: hours', component.price.usdPerHour * hours * usage.units);
    unplaced('explicit price: requests', (component.price.usdPerMillionRequests * requests()) / 1e6);
    unplaced('explicit price: storage', component.price.usdPerGbMonth * storageGbOf(component));
    return lines;
  }
  switch (component.kind) {
    case 'compute':
    case 'monolith': {
      if (component.kind === 'compute' && component.flavor === 'serverless') {
        priced('Lambda requests', requests() / 1e6, here(lambdaPrices.usdPerMillionRequests));
        const gbSeconds = requests() * (component.serviceTimeMs / 1000) * (component.serverless.memoryMb / 1024);
        priced('Lambda duration (GB-s)', gbSeconds, here(lambdaPrices.usdPerGbSecond));
        return lines;
      }
      const entry = findInstanceType(component.instanceType);
      if (!entry) missing.push(`instance type ${component.instanceType}`);
      else {
        const placed = regionalPrice('ec2', entry.id, entry.usdPerHour, region);
        priced(`${usage.units} × ${component.instanceType} (${usage.pricing})`, usage.units * hours * pricingModelFactors[usage.pricing].value, placed);
      }
      return lines;
    }
    case 'cache': {
      const entry = findCacheNodeType(component.nodeType);
      if (!entry) missing.push(`cache node type ${component.nodeType}`);
      else {
        const placed = regionalPrice('elasticache', entry.id, entry.usdPerHour, region);
        priced(`${component.nodes} × ${component.nodeType}`, component.nodes * hours, placed);
      }
      return lines;
    }
    case 'database': {
      if (component.instanceType === dynamoDbOnDemandType) {
        priced('DynamoDB reads', usage.readsPerMonth / 1e6, here(dataStorePrices.dynamoDbUsdPerMillionReads));
        priced('DynamoDB writes', usage.writesPerMonth / 1e6, here(dataStorePrices.dynamoDbUsdPerMillionWrites));
        priced('DynamoDB storage', component.storageGb, here(dataStorePrices.dynamoDbStorageUsdPerGbMonth));
        return lines;
      }
      const entry = findDatabaseNodeType(component.instanceType);
      if (!entry) missing.push(`database instance type ${component.instanceType}`);
      // Each copy is billed where it runs: one line per region, in the order copies first appear.
      for (const [copyRegion, copies] of copiesByRegion(usage.copyRegions, usage.units, region)) {
        if (entry) {
          const placed = regionalPrice('rds', entry.id, entry.usdPerHour, copyRegion);
          priced(`${copies} × ${component.instanceType}`, copies * hours, placed);
        }
        // No source prices RDS storage by region: the RDS median ratio estimates it, as for an unlisted instance type.
        const storage = regionalPrice('rds', 'storage', dataStorePrices.databaseStorageUsdPerGbMonth, copyRegion);
        priced(`storage ${component.storageGb} GB × ${copies} copies`, copies * component.storageGb, storage);
      }
      return lines;
    }
    case 'loadBalancer': {
      const gbPerHour = (requests() * (usage.payloadKbIn + usage.payloadKbOut)) / kbPerGb / hours;
      const albHour = regionalPrice('albHour', 'alb', networkPrices.albUsdPerHour, region);
      const albLcu = regionalPrice('albLcu', 'alb', networkPrices.albUsdPerLcuHour, region);
      priced('ALB hours', hours, albHour);
      priced('ALB LCUs', hours * (gbPerHour / networkPrices.albGbPerLcuHour.value), albLcu);
      return lines;
    }
    case 'dns': {
      const perMillion = component.routing === 'latency' ? networkPrices.route53LatencyUsdPerMillionQueries : component.routing === 'geo' ? networkPrices.route53GeoUsdPerMillionQueries : networkPrices.route53StandardUsdPerMillionQueries;
      priced('hosted zone', 1, here(networkPrices.route53HostedZoneUsdPerMonth));
      priced('queries', (requests() * usage.dnsQueriesPerRequest) / 1e6, here(perMillion));
      priced(`${usage.targets} health check${usage.targets === 1 ? '' : 's'}`, usage.targets, here(networkPrices.route53HealthCheckUsdPerMonth));
      return lines;
    }
    case 'cdn': {
      const tiers = networkPrices.cdnEgressTiers;
      // CloudFront is global (tiered by volume, not by region): the same at us-east-1 prices.
      const egressUsd = tieredCostUsd((requests() * usage.payloadKbOut) / kbPerGb, tiers.value);
      add('CDN egress (tiered, first tier)', egressUsd, egressUsd, here({ ...tiers, value: tiers.value[0]?.usdPerGb ?? 0 }));
      priced('CDN HTTPS requests', requests() / 10_000, here(networkPrices.cdnHttpsUsdPerTenThousandRequests));
      return lines;
    }
    case 'queue': {
      const chunks = Math.max(1, Math.ceil(usage.payloadKbIn / 64));
      const price = component.type === 'fifo' ? dataStorePrices.sqsFifoUsdPerMillion : dataStorePrices.sqsStandardUsdPerMillion;
      priced('SQS requests', (requests() * dataStorePrices.sqsRequestsPerMessage.value * chunks) / 1e6, here(price));
      return lines;
    }
    case 'objectStorage': {
      const perGb = component.storageClass === 'standard' ? dataStorePrices.s3StandardUsdPerGbMonth : dataStorePrices.s3InfrequentAccessUsdPerGbMonth;
      priced(`storage ${component.storageGb} GB`, component.storageGb, here(perGb));
      priced('GET requests', usage.readsPerMonth / 1000, here(dataStorePrices.s3GetUsdPerThousand));
      priced('PUT requests', usage.writesPerMonth / 1000, here(dataStorePrices.s3PutUsdPerThousand));
      return lines;
    }
    case 'globalLb':
    case 'external':
      missing.push(`a price for ${component.kind === 'globalLb' ? 'the global load balancer' : 'the external API'} (set an explicit price)`);
      return lines;
  }
}
