import { describe, expect, it } from 'vitest';
import { evaluateAvailabilityReport } from '../availability';
import { catalogByHand } from './availabilityFixtures';
import { loadFixture, loadTemplate } from './templateFixtures';

/**
 * The three written templates worked out by hand from the catalog defaults (the built-in example is
 * worked out in availability.example.test.ts). Each closed form is series / parallel / k-of-n with
 * conditioning on the failure domains that several paths share — not the engine's BDD.
 */
const { provider: P, region: R, zone: Z, instance: q, databaseCopy: d } = catalogByHand;
const lambdaMachine = catalogByHand.machineFailuresPerHour; // 6.274e-5 per hour
const lambdaZone = catalogByHand.domainFailuresPerHour(Z); // 5e-4 / (0.9995 · 6) = 8.338e-5 per hour
const lambdaRegion = catalogByHand.domainFailuresPerHour(R); // 1e-4 / (0.9999 · 6) = 1.667e-5 per hour
const hours = (seconds: number) => seconds / 3600;
const lbSwitch = hours(30 * 3); // health check 30 s × 3 failures = 90 s
const dnsSwitch = hours(30 * 3 + 60); // + TTL 60 s = 150 s

const relative = (got: number, expected: number) => Math.abs(got / expected - 1);
const topImportance = (importance: Record<string, number>) => Object.entries(importance).sort((a, b) => b[1] - a[1])[0];

describe('templates/single-region-monolith.json, by hand', () => {
  // users → DNS → single-AZ ALB → monolith (2 instances, 1 needed) → single database, all in zone a.
  // Reads and writes take the same path, so U does not depend on readFraction. Everything is in series:
  const LB = catalogByHand.loadBalancerSingleAz; // 1e-3
  const fleet = q * q; // both instances down: 0.005² = 2.5e-5
  // A = (1 − 1e-5)(1 − 1e-4)(1 − 5e-4)(1 − 1e-3)(1 − 2.5e-5)(1 − 0.005) = 0.993373878
  const up = (1 - P) * (1 - R) * (1 - Z) * (1 - LB) * (1 - fleet) * (1 - d);
  const structural = 1 - up; // 6.626122e-3
  // Failover: the ALB loses one of the two instances: 2 × λ_m × 90 s × ½ of the traffic = λ_m · 0.025 h = 1.569e-6.
  // DNS has one target and the database one copy: nothing else fails over.
  const failover = lambdaMachine * lbSwitch;
  const report = evaluateAvailabilityReport(loadTemplate('single-region-monolith.json'));

  it('U = 1 − Π(1 − q_i) + λ_m · 90 s = 6.6277e-3: 2.18 nines, 290 min/month down', () => {
    expect(relative(report.unavailability, structural + failover)).toBeLessThan(1e-9);
    expect(report.nines).toBeCloseTo(-Math.log10(structural + failover), 9);
    expect(report.downtimeMinutesPerMonth).toBeCloseTo((structural + failover) * 730 * 60, 6); // 290.29
  });

  it('every single unit and domain on the path is a single point of failure, except the 2-instance fleet', () => {
    expect([...report.singlePointsOfFailure].sort()).toEqual(['aws', 'db', 'dns', 'eu-west-1', 'lb', 'zone-a']);
  });

  it('the database matters most: ΔU = d · A / (1 − d) = 4.992e-3; the fleet adds its failover term', () => {
    // In a series system U − U|q=0 = A/(1 − q) − A = A · q / (1 − q).
    expect(topImportance(report.importance)?.[0]).toBe('db');
    expect(relative(report.importance['db'] ?? 0, (up * d) / (1 - d))).toBeLessThan(1e-9);
    expect(relative(report.importance['lb'] ?? 0, (up * LB) / (1 - LB))).toBeLessThan(1e-9); // 9.944e-4
    expect(relative(report.importance['app'] ?? 0, (up * fleet) / (1 - fleet) + failover)).toBeLessThan(1e-9); // 2.640e-5
  });
});

describe('templates/multi-az-three-tier.json, by hand', () => {
  // users → DNS → multi-AZ ALB → API fleets in zones a, b, c (2 instances, 1 needed) → Redis (zone a, reads
  // only) and a database with its primary in zone a and a synchronous standby in zone b. 90 % reads.
  const LB = catalogByHand.loadBalancerMultiAz; // 1e-4
  const cache = catalogByHand.cacheMultiNode; // 1e-4
  const fleet = q * q; // 2.5e-5
  const apiDown = (zone: number) => zone + (1 - zone) * fleet; // a zone's API tier: its zone, else its fleet
  const common = (1 - P) * (1 - R) * (1 - LB);
  // Reads need the cache (zone a up, cache up); condition on zone b:
  //   zone b down: database primary only (1 − d); the APIs fail together with probability f · 1 · apiDown(c);
  //   zone b up:   either database copy (1 − d²);   the APIs fail together with probability f · f · apiDown(c).
  const readsUp = (za: number) => common * (1 - za) * (1 - cache) * (Z * (1 - d) * (1 - fleet * apiDown(Z)) + (1 - Z) * (1 - d * d) * (1 - fleet * fleet * apiDown(Z)));
  // Writes skip the cache; condition on zones a and b (both down: no database copy is left):
  const writesUp = (za: number) =>
    common *
    ((1 - za) * (1 - Z) * (1 - d * d) * (1 - fleet * fleet * apiDown(Z)) + (za * (1 - Z) + (1 - za) * Z) * (1 - d) * (1 - fleet * apiDown(Z)));
  const structural = (za: number) => 0.9 * (1 - readsUp(za)) + 0.1 * (1 - writesUp(za)); // 7.7757e-4 at za = Z
  // Failover, per request class (ALB 90 s; database promotion 90 s):
  //   ALB → each API fleet (⅓ of the traffic, its instances and its zone): 3 × ⅓ × (λ_m + λ_z) × 90 s;
  //   database (the writes and the reads that miss Redis, hit ratio 0.8: 0.1 + 0.9 × 0.2 = 0.28 of the traffic):
  //   its primary λ_m and zone a λ_z, × 90 s.   Total 1.28 × (λ_m + λ_z) × 0.025 h = 4.676e-6.
  const databaseShare = 0.1 + 0.9 * (1 - 0.8);
  const failover = (1 + databaseShare) * (lambdaMachine + lambdaZone) * lbSwitch;
  const report = evaluateAvailabilityReport(loadTemplate('multi-az-three-tier.json'));

  it('U = 7.8225e-4 (3.11 nines, 34.3 min/month), both populations alike', () => {
    const total = structural(Z) + failover;
    expect(relative(report.unavailability, total)).toBeLessThan(1e-9);
    expect(relative(report.byPopulation['users-west']?.unavailability ?? 0, total)).toBeLessThan(1e-9);
    expect(report.downtimeMinutesPerMonth).toBeCloseTo(total * 730 * 60, 6); // 34.26
  });

  it('zone a holds the only cache, so it is a single point of failure; zones b and c are not', () => {
    expect([...report.singlePointsOfFailure].sort()).toEqual(['aws', 'cache', 'dns', 'lb', 'us-east-1', 'zone-a']);
  });

  it('zone a matters most: ΔU = U(z_a) − U(z_a = 0) + its failover terms (⅓ + 0.28) × λ_z × 90 s = 4.514e-4', () => {
    expect(topImportance(report.importance)?.[0]).toBe('zone-a');
    const expected = structural(Z) - structural(0) + (1 / 3 + databaseShare) * lambdaZone * lbSwitch;
    expect(relative(report.importance['zone-a'] ?? 0, expected)).toBeLessThan(1e-9);
  });
});

describe('fixtures/active-active-majority-in-one-region.json (the two-region template before the DR family), by hand', () => {
  // users (US, EU; ½ each) → DNS latency routing → LB + API (4 instances, 2 needed) in each region → one
  // distributed SQL database with copies in us-a (first), us-b and eu-a; a Raft majority (2 of 3) must be up.
  const LB = catalogByHand.loadBalancerMultiAz;
  const fleet = 4 * q ** 3 * (1 - q) + q ** 4; // ≥ 3 of 4 down: 4 · 1.25e-7 · 0.995 + 6.25e-10 = 4.98125e-7
  /** P(success), conditioning on the four domains that both the database and a region's path use. */
  function success(copy: number, regionUs: number): number {
    let sum = 0;
    for (const us of [0, 1]) for (const eu of [0, 1]) for (const usA of [0, 1]) for (const euA of [0, 1]) {
      const probability = (us ? regionUs : 1 - regionUs) * (eu ? R : 1 - R) * (usA ? Z : 1 - Z) * (euA ? Z : 1 - Z);
      const c0 = us || usA ? 1 : copy; // copy in us-a
      const c1 = us ? 1 : 1 - (1 - copy) * (1 - Z); // copy in us-b (its zone is used by nothing else)
      const c2 = eu || euA ? 1 : copy; // copy in eu-a
      const majority = (1 - c0) * (1 - c1) * (1 - c2) + c0 * (1 - c1) * (1 - c2) + (1 - c0) * c1 * (1 - c2) + (1 - c0) * (1 - c1) * c2;
      const usPathDown = us || usA ? 1 : 1 - (1 - LB) * (1 - fleet);
      const euPathDown = eu || euA ? 1 : 1 - (1 - LB) * (1 - fleet);
      sum += probability * majority * (1 - usPathDown * euPathDown); // DNS reaches whichever region is up
    }
    return (1 - P) * sum;
  }
  const structural = 1 - success(d, R); // 2.0153e-4
  // Failover, per population (DNS 150 s; LB 90 s; database promotion 90 s): DNS → its region's LB (the LB,
  // the region, and the zone of the region's only API fleet: without a healthy target the LB answers 503),
  // LB → API instances, and the database's primary (its copy, zone us-a and region us):
  //   (λ_LB + λ_R + λ_z) · 150 s + λ_m · 90 s + (λ_m + λ_z + λ_R) · 90 s
  const lambdaLb = catalogByHand.managedFailuresPerHour(LB);
  const failover = (lambdaLb + lambdaRegion + lambdaZone) * dnsSwitch + lambdaMachine * lbSwitch + (lambdaMachine + lambdaZone + lambdaRegion) * lbSwitch;
  const report = evaluateAvailabilityReport(loadFixture('active-active-majority-in-one-region.json'));

  it('U = 2.1550e-4 (3.67 nines, 9.4 min/month)', () => {
    expect(relative(report.unavailability, structural + failover)).toBeLessThan(1e-9);
    expect(report.downtimeMinutesPerMonth).toBeCloseTo((structural + failover) * 730 * 60, 6); // 9.44
  });

  it('region us holds two of the three database copies, so losing it loses the majority: a single point of failure', () => {
    expect([...report.singlePointsOfFailure].sort()).toEqual(['aws', 'dns', 'us']);
  });

  it('region us matters most (1.008e-4), then the database (9.213e-5)', () => {
    // us: U(R) − U(R_us = 0) + its failover terms: US users' DNS switch (½ of requests) and the promotion (all).
    const us = structural - (1 - success(d, 0)) + 0.5 * lambdaRegion * dnsSwitch + lambdaRegion * lbSwitch;
    // db: every copy perfect, U − U(d = 0), plus its primary's failover λ_m · 90 s.
    const db = structural - (1 - success(0, R)) + lambdaMachine * lbSwitch;
    expect(topImportance(report.importance)?.[0]).toBe('us');
    expect(relative(report.importance['us'] ?? 0, us)).toBeLessThan(1e-9);
    expect(relative(report.importance['db'] ?? 0, db)).toBeLessThan(1e-9);
  });
});
