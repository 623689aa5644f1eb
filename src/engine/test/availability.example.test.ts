import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { availabilityParameters, compileAvailability, evaluateAvailability, evaluateAvailabilityReport } from '../availability';

/**
 * The built-in example worked out by hand (catalog defaults, docs/sources.md §2.1 and the named assumptions):
 * provider P = 1e-5, region R = 1e-4, zones zA = zB = 5e-4; DNS 0 (Route 53 100 %); multi-AZ ALB 1e-4;
 * app fleets of 3 instances (1 needed) at 0.005 each → f = 0.005³ = 1.25e-7; cache (2 nodes, zone a) 1e-4;
 * database copies (primary zone a, sync standby zone b) d = 0.005 each. Reads need the cache; writes don't.
 */
const P = 1e-5;
const R = 1e-4;
const Z = 5e-4;
const LB = 1e-4;
const F = 0.005 ** 3;
const C = 1e-4;
const D = 0.005;

// Reads: P, R, LB, zone a (cache), cache up; then condition on zone b:
//   zB up: db up = 1 − D², app up = 1 − F²;   zB down: db up = 1 − D, app up = 1 − F.
const readAvailability = (1 - P) * (1 - R) * (1 - LB) * (1 - Z) * (1 - C) * ((1 - Z) * (1 - D * D) * (1 - F * F) + Z * (1 - D) * (1 - F));
// Writes: P, R, LB up; then condition on both zones (both down: nothing left).
const writeAvailability =
  (1 - P) * (1 - R) * (1 - LB) *
  ((1 - Z) * (1 - Z) * (1 - D * D) * (1 - F * F) + 2 * Z * (1 - Z) * (1 - D) * (1 - F));
const structural = 0.9 * (1 - readAvailability) + 0.1 * (1 - writeAvailability);

// Failover, ΔU = λ · t · share with t = 30 s × 3 = 90 s (ALB) and 90 s (database failover):
//   λ_machine = 0.55 / 8766 per hour (docs/sources.md §4.1); λ_zone = U / (A · 6 h) = 5e-4 / (0.9995 · 6) per hour.
//   ALB → each app fleet carries ½: instance failures λ_m · 90/3600 · ½ and its zone λ_z · 90/3600 · ½, twice;
//   the database carries the writes and the reads that miss the cache (hit ratio 0.8), 0.1 + 0.9 · 0.2 = 0.28
//   of the traffic: its primary λ_m · 90/3600 · 0.28 and zone a λ_z · 90/3600 · 0.28.
const lambdaMachine = 0.55 / 8766;
const lambdaZone = Z / ((1 - Z) * 6);
const databaseShare = 0.1 + 0.9 * (1 - 0.8);
const failover = (90 / 3600) * (1 + databaseShare) * (lambdaMachine + lambdaZone);

describe('the example scenario, by hand', () => {
  const report = evaluateAvailabilityReport(createExampleScenario());

  it('has the hand-computed steady-state and failover unavailability', () => {
    const compiled = compileAvailability(createExampleScenario());
    const evaluation = evaluateAvailability(compiled, availabilityParameters(compiled, createExampleScenario()));
    expect(Math.abs(evaluation.overallStructural / structural - 1)).toBeLessThan(1e-9);
    expect(Math.abs(evaluation.overallFailover / failover - 1)).toBeLessThan(1e-9);
  });

  it('reports U ≈ 7.82e-4: 3.11 nines, 34.3 minutes of downtime a month', () => {
    const total = structural + failover;
    expect(Math.abs(report.unavailability / total - 1)).toBeLessThan(1e-9);
    expect(report.nines).toBeCloseTo(-Math.log10(total), 9);
    expect(report.downtimeMinutesPerMonth).toBeCloseTo(total * 730 * 60, 6);
    expect(report.downtimeMinutesPerYear).toBeCloseTo(total * 8760 * 60, 5);
    expect(report.byPopulation['users-eu']?.unavailability).toBeCloseTo(total, 15);
  });

  it('names the single points of failure: provider, region, zone a (holds the cache), DNS, ALB, cache', () => {
    expect([...report.singlePointsOfFailure].sort()).toEqual(['aws', 'cache', 'dns', 'eu-west-1', 'lb', 'zone-a'].sort());
  });

  it('ranks zone a as what to make redundant next', () => {
    const ranked = Object.entries(report.importance).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('zone-a');
    // Cache perfect: U falls by 0.9 · C · (the rest of the read path up) plus nothing from failover.
    expect(report.importance['cache']).toBeCloseTo(0.9 * C * (readAvailability / (1 - C)), 12);
  });
});
