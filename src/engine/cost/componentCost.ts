import type { Component } from '../../model';
import { findInstanceType, lambdaPrices, pricingModelFactors } from '../catalog/computePrices';
import { dataStorePrices, dynamoDbOnDemandType, findCacheNodeType, findDatabaseNodeType } from '../catalog/dataStorePrices';
import { kbPerGb, networkPrices, tieredCostUsd } from '../catalog/networkPrices';
import type { CostCategory, CostLine } from './costLine';

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

function storageGbOf(component: Component): number {
  return component.kind === 'database' || component.kind === 'objectStorage' ? component.storageGb : 0;
}

/**
 * The monthly price of one component apart from data transfer (SPEC §2.5), as line items, with the
 * names of any figure the catalog lacks in `missing`. An explicit price replaces the catalog:
 * usdPerHour × hours × units + usdPerMillionRequests × requests / 10⁶ + usdPerGbMonth × stored GB.
 * Catalog prices (docs/sources.md §3, AWS us-east-1):
 * - VM / container fleet: instances × hours × on-demand $/h × pricing-model factor (reserved, spot);
 * - serverless: requests × $0.20/M + GB-seconds (requests × s × memory GB) × $0.0000166667;
 * - cache: nodes × hours × node $/h; database: copies × hours × instance $/h + copies × GB × $0.115,
 *   or DynamoDB on-demand: reads × $0.125/M + writes × $0.625/M + GB × $0.25;
 * - load balancer: hours × ($0.0225 + LCUs × $0.008), LCUs = GB processed per hour;
 * - DNS: $0.50 zone + queries × $0.40/0.60/0.70 per M (standard / latency / geo) + $0.50 per health check;
 * - CDN: tiered egress from $0.085/GB + $0.01 per 10k HTTPS requests; queue: messages × 3 requests
 *   × 64 KB chunks × $0.40/M ($0.50 FIFO); object storage: GB × $0.023 + GETs × $0.0004/1k + PUTs × $0.005/1k.
 */
export function componentCost(component: Component, usage: ComponentUsage, missing: string[]): CostLine[] {
  const lines: CostLine[] = [];
  const category = costCategoryOf(component);
  const add = (label: string, monthlyUsd: number, lineCategory: CostCategory = category) => {
    if (monthlyUsd > 0) lines.push({ componentIndex: usage.index, category: lineCategory, label, monthlyUsd });
  };
  const requests = usage.readsPerMonth + usage.writesPerMonth;
  const hours = usage.monthHours;
  if (component.price.source === 'explicit') {
    add('explicit price: hours', component.price.usdPerHour * hours * usage.units);
    add('explicit price: requests', (component.price.usdPerMillionRequests * requests) / 1e6);
    add('explicit price: storage', component.price.usdPerGbMonth * storageGbOf(component));
    return lines;
  }
  switch (component.kind) {
    case 'compute':
    case 'monolith': {
      if (component.kind === 'compute' && component.flavor === 'serverless') {
        add('Lambda requests', (requests / 1e6) * lambdaPrices.usdPerMillionRequests.value);
        const gbSeconds = requests * (component.serviceTimeMs / 1000) * (component.serverless.memoryMb / 1024);
        add('Lambda duration (GB-s)', gbSeconds * lambdaPrices.usdPerGbSecond.value);
        return lines;
      }
      const entry = findInstanceType(component.instanceType);
      if (!entry) missing.push(`instance type ${component.instanceType}`);
      else add(`${usage.units} × ${component.instanceType} (${usage.pricing})`, usage.units * hours * entry.usdPerHour.value * pricingModelFactors[usage.pricing].value);
      return lines;
    }
    case 'cache': {
      const entry = findCacheNodeType(component.nodeType);
      if (!entry) missing.push(`cache node type ${component.nodeType}`);
      else add(`${component.nodes} × ${component.nodeType}`, component.nodes * hours * entry.usdPerHour.value);
      return lines;
    }
    case 'database': {
      if (component.instanceType === dynamoDbOnDemandType) {
        add('DynamoDB reads', (usage.readsPerMonth / 1e6) * dataStorePrices.dynamoDbUsdPerMillionReads.value);
        add('DynamoDB writes', (usage.writesPerMonth / 1e6) * dataStorePrices.dynamoDbUsdPerMillionWrites.value);
        add('DynamoDB storage', component.storageGb * dataStorePrices.dynamoDbStorageUsdPerGbMonth.value);
        return lines;
      }
      const entry = findDatabaseNodeType(component.instanceType);
      if (!entry) missing.push(`database instance type ${component.instanceType}`);
      else add(`${usage.units} × ${component.instanceType}`, usage.units * hours * entry.usdPerHour.value);
      add(`storage ${component.storageGb} GB × ${usage.units} copies`, usage.units * component.storageGb * dataStorePrices.databaseStorageUsdPerGbMonth.value);
      return lines;
    }
    case 'loadBalancer': {
      const gbPerHour = (requests * (usage.payloadKbIn + usage.payloadKbOut)) / kbPerGb / hours;
      add('ALB hours', hours * networkPrices.albUsdPerHour.value);
      add('ALB LCUs', hours * (gbPerHour / networkPrices.albGbPerLcuHour.value) * networkPrices.albUsdPerLcuHour.value);
      return lines;
    }
    case 'dns': {
      const perMillion = component.routing === 'latency' ? networkPrices.route53LatencyUsdPerMillionQueries : component.routing === 'geo' ? networkPrices.route53GeoUsdPerMillionQueries : networkPrices.route53StandardUsdPerMillionQueries;
      add('hosted zone', networkPrices.route53HostedZoneUsdPerMonth.value);
      add('queries', ((requests * usage.dnsQueriesPerRequest) / 1e6) * perMillion.value);
      add(`${usage.targets} health checks`, usage.targets * networkPrices.route53HealthCheckUsdPerMonth.value);
      return lines;
    }
    case 'cdn': {
      add('CDN egress', tieredCostUsd((requests * usage.payloadKbOut) / kbPerGb, networkPrices.cdnEgressTiers.value));
      add('CDN HTTPS requests', (requests / 10_000) * networkPrices.cdnHttpsUsdPerTenThousandRequests.value);
      return lines;
    }
    case 'queue': {
      const chunks = Math.max(1, Math.ceil(usage.payloadKbIn / 64));
      const price = component.type === 'fifo' ? dataStorePrices.sqsFifoUsdPerMillion : dataStorePrices.sqsStandardUsdPerMillion;
      add('SQS requests', ((requests * dataStorePrices.sqsRequestsPerMessage.value * chunks) / 1e6) * price.value);
      return lines;
    }
    case 'objectStorage': {
      const perGb = component.storageClass === 'standard' ? dataStorePrices.s3StandardUsdPerGbMonth : dataStorePrices.s3InfrequentAccessUsdPerGbMonth;
      add(`storage ${component.storageGb} GB`, component.storageGb * perGb.value);
      add('GET requests', (usage.readsPerMonth / 1000) * dataStorePrices.s3GetUsdPerThousand.value);
      add('PUT requests', (usage.writesPerMonth / 1000) * dataStorePrices.s3PutUsdPerThousand.value);
      return lines;
    }
    case 'globalLb':
    case 'external':
      missing.push(`a price for ${component.kind === 'globalLb' ? 'the global load balancer' : 'the external API'} (set an explicit price)`);
      return lines;
  }
}
