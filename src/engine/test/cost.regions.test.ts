import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createComponent, createGroup, parseScenario, type Scenario } from '../../model';
import { regionalPremiumText } from '../cost/regionalPremiumText';
import { evaluate } from '../evaluate';
import { callEdge, smallScenario } from './smallScenario';

/*
 * Bills computed by hand from the price data file itself (read here as plain JSON, not through the
 * catalog), checked to the cent: every figure below is looked up in the file and written out.
 */
interface PriceFile {
  ec2: { usdPerHour: Record<string, Record<string, number>> };
  rds: { usdPerHour: Record<string, Record<string, number>> };
  elasticache: { usdPerHour: Record<string, Record<string, number>> };
  alb: { usdPerHour: Record<string, number>; usdPerLcuHour: Record<string, number> };
  dataTransfer: { internetEgressUsdPerGb: Record<string, number[]>; interRegionOutUsdPerGb: Record<string, number> };
  medianRatioVsUsEast1: { rds: Record<string, number> };
}
const here = dirname(fileURLToPath(import.meta.url));
const prices = JSON.parse(readFileSync(join(here, '..', 'catalog', 'data', 'regional-prices.json'), 'utf8')) as PriceFile;
const price = (table: Record<string, number> | undefined, region: string) => {
  const value = table?.[region];
  if (value === undefined) throw new Error(`no price for ${region} in the data file`);
  return value;
};

const hours = 730;
/** 1 request/s for a 730-hour month. */
const requestsPerMonth = 3600 * hours;
/** Responses of 100 kB and requests of 1 kB, in GB a month (1 GB = 10⁶ kB). */
const responseGb = (requestsPerMonth * 100) / 1e6;
const requestGb = (requestsPerMonth * 1) / 1e6;
/** RDS gp2/gp3 storage in us-east-1, USD per GB-month (docs/sources.md §3.2); no source prices it by region. */
const storageUsEast1 = 0.115;

function evaluateParsed(scenario: Scenario) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return evaluate(parsed.scenario);
}

/** A zone `zone-<code>` in a region group `region-<code>` of AWS region `code`. */
const regionGroups = (code: string) => [createGroup('region', `region-${code}`, code, 'aws', `aws:${code}`), createGroup('zone', `zone-${code}`, `${code}a`, `region-${code}`, `${code}a`)];

/**
 * Users → ALB → 2 × m6i.large (zone of `appRegion`) → 2 × cache.m6g.large there → db.m6i.large, 100 GB
 * (zone of `dbRegion`): 1 request/s, all reads, the cache never hits (so every request reaches the db).
 */
function design(appRegion: string, dbRegion: string): Scenario {
  const base = smallScenario(
    [
      createComponent('loadBalancer', 'lb', 'Front ALB', `zone-${appRegion}`),
      { ...createComponent('compute', 'app', 'App fleet', `zone-${appRegion}`), instanceType: 'aws:m6i.large', instances: 2 },
      { ...createComponent('cache', 'cache', 'Cache', `zone-${appRegion}`), nodeType: 'aws:cache.m6g.large', nodes: 2, hitRatio: 0 },
      { ...createComponent('database', 'db', 'Orders DB', `zone-${dbRegion}`), instanceType: 'aws:db.m6i.large', storageGb: 100 },
    ],
    [callEdge('e-users', 'users', 'lb'), callEdge('e-lb', 'lb', 'app'), callEdge('e-cache', 'app', 'cache'), callEdge('e-db', 'cache', 'db')],
    { workload: { requestsPerSecond: 1, readFraction: 1, payloadKbIn: 1, payloadKbOut: 100, peakFactor: 2 } },
  );
  const groups = [createGroup('provider', 'aws', 'AWS', null, 'aws'), ...regionGroups(appRegion), ...(dbRegion === appRegion ? [] : regionGroups(dbRegion))];
  return { ...base, groups, clients: base.clients.map((client) => ({ ...client, location: { kind: 'region' as const, regionId: `aws:${appRegion}` } })) };
}

/**
 * The bill of `design(appRegion, dbRegion)` by hand, line by line, from the data file; with `pricedAt`,
 * the same lines at that region's unit prices (the us-east-1 counterfactual).
 */
function billByHand(appRegion: string, dbRegion: string, pricedAt?: string) {
  const app$ = pricedAt ?? appRegion;
  const db$ = pricedAt ?? dbRegion;
  // ALB: hours × hourly + LCU-hours (1 GB processed = 1 LCU-h: requests × 101 kB) × LCU price.
  const lb = hours * price(prices.alb.usdPerHour, app$) + ((requestsPerMonth * 101) / 1e6) * price(prices.alb.usdPerLcuHour, app$);
  const app = 2 * hours * price(prices.ec2.usdPerHour['m6i.large'], app$);
  const cache = 2 * hours * price(prices.elasticache.usdPerHour['cache.m6g.large'], app$);
  // Storage: the documented fallback, us-east-1 × the region's median RDS ratio (estimated).
  const db = hours * price(prices.rds.usdPerHour['db.m6i.large'], db$) + 100 * storageUsEast1 * price(prices.medianRatioVsUsEast1.rds, db$);
  // Responses leave the ALB to users: first egress tier of its region (262.8 GB, well inside 10 TB).
  const egress = responseGb * (prices.dataTransfer.internetEgressUsdPerGb[app$]?.[0] ?? Number.NaN);
  // Cache → db across regions: requests out of the app's region, responses out of the db's.
  const crossing = appRegion === dbRegion ? 0 : requestGb * price(prices.dataTransfer.interRegionOutUsdPerGb, app$) + responseGb * price(prices.dataTransfer.interRegionOutUsdPerGb, db$);
  return { lb, app, cache, db, egress, crossing, total: lb + app + cache + db + egress + crossing };
}

const cents = (usd: number) => Math.round(usd * 100);

describe('a bill across two regions, by hand from the price data file', () => {
  // App tier in eu-west-1, database in ap-northeast-1 (1 request/s = 2,628,000 a month):
  //   ALB 730 h × $0.0252 + 265.428 GB processed × $0.008 = $18.396 + $2.123424 = $20.519424
  //   app 2 × 730 × $0.107 = $156.22; cache 2 × 730 × $0.164 = $239.44
  //   db 730 × $0.235 = $171.55 + storage 100 GB × $0.115 × 1.374 = $15.801 (estimated)
  //   egress to users 262.8 GB × $0.09 = $23.652
  //   cache → db: 2.628 GB of requests out of eu-west-1 × $0.02 + 262.8 GB of responses out of ap-northeast-1 × $0.09 = $23.70456
  //   total $650.886984 → $650.89
  const hand = billByHand('eu-west-1', 'ap-northeast-1');
  const { cost } = evaluateParsed(design('eu-west-1', 'ap-northeast-1'));

  it('totals to the cent', () => {
    expect(cents(hand.total)).toBe(65089);
    expect(cents(cost.monthlyUsd)).toBe(cents(hand.total));
  });

  it('prices each component in its own region', () => {
    expect(cents(cost.byComponent.lb ?? 0)).toBe(cents(hand.lb + hand.egress));
    expect(cents(cost.byComponent.app ?? 0)).toBe(cents(hand.app));
    // The cache calls the db: it pays both directions, each at the rate of the region its bytes leave.
    expect(cents(cost.byComponent.cache ?? 0)).toBe(cents(hand.cache + hand.crossing));
    expect(cents(cost.byComponent.db ?? 0)).toBe(cents(hand.db));
    const outOfTokyo = responseGb * price(prices.dataTransfer.interRegionOutUsdPerGb, 'ap-northeast-1');
    expect(cents(cost.byRegion['aws:ap-northeast-1'] ?? 0)).toBe(cents(hand.db + outOfTokyo));
    expect(cents(cost.byRegion['aws:eu-west-1'] ?? 0)).toBe(cents(hand.total - hand.db - outOfTokyo));
  });

  it('gives the same lines at us-east-1 prices, by region, and the premium of the two regions', () => {
    // At us-east-1 prices: the us-east-1 bill ($536.23) + the crossing at us-east-1's $0.02 both ways
    // (265.428 GB × $0.02 = $5.30856): $541.54; the premium $650.89 / $541.54 − 1 = +20.2 %.
    const atUsEast1 = billByHand('eu-west-1', 'ap-northeast-1', 'us-east-1');
    expect(cents(atUsEast1.total)).toBe(54154);
    expect(cents(cost.usEast1MonthlyUsd)).toBe(cents(atUsEast1.total));
    const tokyoAtUsEast1 = atUsEast1.db + responseGb * price(prices.dataTransfer.interRegionOutUsdPerGb, 'us-east-1');
    expect(cents(cost.usEast1ByRegion['aws:ap-northeast-1'] ?? 0)).toBe(cents(tokyoAtUsEast1));
    expect(cents(cost.usEast1ByRegion['aws:eu-west-1'] ?? 0)).toBe(cents(atUsEast1.total - tokyoAtUsEast1));
    expect(cost.regionalPremium).toBeCloseTo(hand.total / atUsEast1.total - 1, 12);
    // Tokyo's lines add $171.55 + $15.80 + $23.65 − ($124.83 + $11.50 + $5.26) = $69.42; Ireland's $39.93.
    expect(regionalPremiumText(cost)).toBe('+20.2 % for ap-northeast-1 and eu-west-1 prices');
  });

  it("names each line's region and unit price, and marks the estimated one", () => {
    const labels = cost.lineItems.map((item) => item.label);
    expect(labels).toContain('2 × aws:m6i.large (onDemand), eu-west-1 at $0.107/h');
    expect(labels).toContain('1 × aws:db.m6i.large, ap-northeast-1 at $0.235/h');
    expect(labels).toContain('storage 100 GB × 1 copies, ap-northeast-1 at $0.158/GB-month (estimated)');
    expect(labels).toContain('inter-region transfer, 263 GB out of ap-northeast-1 at $0.09/GB');
    expect(labels).toContain('inter-region transfer, 2.63 GB out of eu-west-1 at $0.02/GB');
    expect(cost.lineItems.filter((item) => item.estimated).map((item) => item.label)).toEqual(['storage 100 GB × 1 copies, ap-northeast-1 at $0.158/GB-month (estimated)']);
  });
});

describe('one design placed in three regions: three bills, each the data by hand', () => {
  const bills = ['us-east-1', 'eu-west-1', 'ap-northeast-1'].map((region) => ({ region, hand: billByHand(region, region), report: evaluateParsed(design(region, region)) }));

  it.each(bills)('$region', ({ hand, report }) => {
    expect(cents(report.cost.monthlyUsd)).toBe(cents(hand.total));
    expect(report.warnings.filter((w) => w.code === 'cost.regionPrices')).toEqual([]);
  });

  it.each(bills)('$region at us-east-1 prices is the us-east-1 bill', ({ report }) => {
    expect(cents(report.cost.usEast1MonthlyUsd)).toBe(cents(billByHand('eu-west-1', 'eu-west-1', 'us-east-1').total));
  });

  it('puts the premium of each region in the cost row: +10.1 % for eu-west-1, +30.0 % for ap-northeast-1', () => {
    const premiums = bills.map(({ report }) => report.tradeoffs.rows.find((row) => row.concern === 'cost')?.values.regionalPremium);
    // $590.51 / $536.23 − 1 = 10.12 %; $697.07 / $536.23 − 1 = 29.99 %.
    expect(premiums).toEqual(['none', '+10.1 % for eu-west-1 prices', '+30.0 % for ap-northeast-1 prices']);
    const usEast1Bill = billByHand('us-east-1', 'us-east-1').total;
    expect(bills.map(({ report }) => report.cost.regionalPremium)).toEqual(bills.map(({ hand }) => expect.closeTo(hand.total / usEast1Bill - 1, 12)));
  });

  it('gives three different bills: eu-west-1 and ap-northeast-1 above us-east-1', () => {
    const [usEast1, euWest1, apNortheast1] = bills.map((bill) => bill.report.cost.monthlyUsd);
    // us-east-1 $536.23; eu-west-1 $590.51 (+10.1 %); ap-northeast-1 $697.07 (+30.0 %).
    expect([usEast1, euWest1, apNortheast1].map((usd) => cents(usd ?? 0))).toEqual([53623, 59051, 69707]);
  });
});

describe('a region the data does not price', () => {
  it('keeps us-east-1 prices and says so, per component, naming what is missing', () => {
    const scenario = design('us-east-1', 'us-east-1');
    const moved: Scenario = { ...scenario, groups: scenario.groups.map((g) => (g.kind === 'region' ? { ...g, regionId: 'aws:eu-north-1' } : g)) };
    const { cost, warnings } = evaluateParsed(moved);
    expect(cents(cost.monthlyUsd)).toBe(cents(billByHand('us-east-1', 'us-east-1').total));
    expect(warnings.find((w) => w.elementId === 'app')?.message).toBe(
      'App fleet: the price data has no aws:m6i.large price in eu-north-1; us-east-1 list prices stand in (docs/sources.md §3.6 lists what is priced by region).',
    );
    expect(warnings.find((w) => w.elementId === 'db')?.message).toContain('no aws:db.m6i.large price in eu-north-1, storage price in eu-north-1;');
  });
});
