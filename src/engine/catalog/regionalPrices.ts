import type { CatalogRegion } from '../../model';
import data from './data/regional-prices.json' with { type: 'json' };
import type { Sourced } from './sourced';

/*
 * Prices by region (docs/sources.md §3.6), read from data/regional-prices.json, where every figure keeps
 * the id of its original public source. A component is priced in its region; where the file has no
 * price for a type there, the documented fallback (the us-east-1 price × the region's median ratio for
 * the service) gives an estimated one; where it has nothing at all, the us-east-1 price stands in and
 * the caller warns.
 */

/** A service the file prices by region; ALB hours and LCUs are priced like EC2 where the file has no row. */
export type RegionalService = 'ec2' | 'rds' | 'elasticache' | 'albHour' | 'albLcu';

/**
 * How a price was found for where a component runs:
 * `global` — a global service, or no region: the catalog price;
 * `listed` — the file (or the catalog for us-east-1) lists this type in this region;
 * `estimated` — the us-east-1 price × the region's median ratio for the service;
 * `usEast1` — nothing for this region: the us-east-1 price stands in (the report warns).
 */
export type PriceBasis = 'global' | 'listed' | 'estimated' | 'usEast1';

/** A price and how it was found for one region. */
export interface PlacedPrice<T = number> {
  price: Sourced<T>;
  basis: PriceBasis;
  /** The region the price is for; null for a global price. */
  region: CatalogRegion | null;
  /** What us-east-1 charges for the same item: the unit price of the bill's us-east-1 counterfactual. */
  usEast1: Sourced<T>;
}

type RegionTable = Readonly<Record<string, number>>;
interface ProvenanceRule {
  types?: readonly string[];
  regions: readonly string[];
  source: string;
  derived?: string;
}
interface SourceEntry {
  what: string;
  asOf: string;
}

const sources: Readonly<Record<string, SourceEntry>> = data.sources;
const sourcesSection = 'docs/sources.md §3.6';

/** The source a price of `type` in `region` comes from: the last provenance rule that matches it. */
function provenanceOf(rules: readonly ProvenanceRule[], type: string, region: string): ProvenanceRule | undefined {
  const matches = (list: readonly string[] | undefined, value: string) => list === undefined || list.includes('*') || list.includes(value);
  return rules.findLast((rule) => matches(rule.types, type) && matches(rule.regions, region));
}

/** A figure of the file, sourced to its original public source. */
function listed(value: number, unit: string, rule: ProvenanceRule | undefined): Sourced {
  const source = rule ? sources[rule.source] : undefined;
  const how = rule?.derived ? `; ${rule.derived}` : '';
  return { value, unit, source: `${sourcesSection} (${rule?.source ?? '?'}: ${source?.what ?? 'unknown source'}${how})`, asOf: source?.asOf ?? '', assumption: false };
}

interface ServiceTable {
  /** Per type code (without the `aws:` prefix), per region code: the price. */
  byType: Readonly<Record<string, RegionTable>>;
  provenance: readonly ProvenanceRule[];
  /** Median ratio to us-east-1 per region, for types the file does not list. */
  medianRatio: RegionTable;
  ratioName: string;
  /** Date of the prices the ratio is computed from. */
  ratioAsOf: string;
}

const albRules: readonly ProvenanceRule[] = data.alb.provenance;
const tables: Record<RegionalService, ServiceTable> = {
  ec2: { byType: data.ec2.usdPerHour, provenance: data.ec2.provenance, medianRatio: data.medianRatioVsUsEast1.ec2, ratioName: 'EC2', ratioAsOf: data.sources.S1.asOf },
  rds: { byType: data.rds.usdPerHour, provenance: data.rds.provenance, medianRatio: data.medianRatioVsUsEast1.rds, ratioName: 'RDS', ratioAsOf: data.sources.S4.asOf },
  elasticache: { byType: data.elasticache.usdPerHour, provenance: data.elasticache.provenance, medianRatio: data.medianRatioVsUsEast1.elasticache, ratioName: 'ElastiCache', ratioAsOf: data.sources.S4.asOf },
  // No source gives an ALB ratio: the EC2 median stands in (it gives eu-west-1 0.0251 against the 0.0252 read).
  albHour: { byType: { alb: data.alb.usdPerHour }, provenance: albRules, medianRatio: data.medianRatioVsUsEast1.ec2, ratioName: 'EC2', ratioAsOf: data.sources.S1.asOf },
  albLcu: { byType: { alb: data.alb.usdPerLcuHour }, provenance: albRules, medianRatio: data.medianRatioVsUsEast1.ec2, ratioName: 'EC2', ratioAsOf: data.sources.S1.asOf },
};

const gcpRatio: RegionTable = data.gcp.ratioVsUsCentral1;
const gcpSource = sources[data.gcp.source];

/** "0.107", "0.1069": a unit price as a price page writes it (four significant figures at most). */
export function unitPriceText(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function estimated(usEast1: Sourced, ratio: number, why: string, asOf: string): Sourced {
  return {
    value: usEast1.value * ratio,
    unit: usEast1.unit,
    source: `${sourcesSection} (estimated: us-east-1 price ${unitPriceText(usEast1.value)} × ${why} ${ratio})`,
    asOf,
    assumption: false,
    rationale: 'The data lists no price for this type in this region; the fallback of docs/sources.md §3.6 applies.',
  };
}

/**
 * The price of `type` (catalog id, e.g. `aws:m6i.large`) for `service` in `region`, given its
 * us-east-1 catalog price: global when `region` is null; the catalog price in us-east-1; the file's
 * price where it lists the type there; else us-east-1 × the region's median ratio for the service
 * (AWS), or × the region's n2-standard-2 ratio to us-central1 (Google Cloud, compute only);
 * else the us-east-1 price as a stand-in.
 */
export function regionalPrice(service: RegionalService, type: string, usEast1: Sourced, region: CatalogRegion | null): PlacedPrice {
  const placed = (price: Sourced, basis: PriceBasis): PlacedPrice => ({ price, basis, region, usEast1 });
  if (region === null) return placed(usEast1, 'global');
  if (region.provider === 'aws') {
    if (region.code === 'us-east-1') return placed(usEast1, 'listed');
    const table = tables[service];
    const code = type.replace(/^aws:/, '');
    const value = table.byType[code]?.[region.code];
    if (value !== undefined) return placed(listed(value, usEast1.unit, provenanceOf(table.provenance, code, region.code)), 'listed');
    const ratio = table.medianRatio[region.code];
    if (ratio !== undefined) return placed(estimated(usEast1, ratio, `${region.code}'s median ${table.ratioName} ratio`, table.ratioAsOf), 'estimated');
  }
  if (region.provider === 'gcp' && service === 'ec2') {
    const ratio = gcpRatio[region.code];
    if (ratio !== undefined) return placed(estimated(usEast1, ratio, `${region.code}'s n2-standard-2 ratio to us-central1 (${gcpSource?.what})`, gcpSource?.asOf ?? ''), 'estimated');
  }
  return placed(usEast1, 'usEast1');
}

/**
 * A price the file has no regional figure for at all (Lambda, DynamoDB, S3, SQS): the us-east-1 price
 * wherever the component runs, marked as a stand-in outside us-east-1.
 */
export function usEast1Price(price: Sourced, region: CatalogRegion | null): PlacedPrice {
  if (region === null) return { price, basis: 'global', region, usEast1: price };
  return { price, basis: region.provider === 'aws' && region.code === 'us-east-1' ? 'listed' : 'usEast1', region, usEast1: price };
}
