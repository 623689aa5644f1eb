import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model';
import { availabilityParameters, compileAvailability, evaluateAvailability, evaluateAvailabilityReport } from '../availability';
import { call, domains, down, emptyScenario, fleet, unit } from './availabilityFixtures';

/** Structural (steady-state) U of the single population's reads. */
function structuralU(scenario: Scenario): number {
  const compiled = compileAvailability(scenario);
  return evaluateAvailability(compiled, availabilityParameters(compiled, scenario)).overallStructural;
}

const relative = (got: number, expected: number) => Math.abs(got / expected - 1);

describe('availability against closed forms', () => {
  it('series: U = 1 − Π(1 − q_i) for users → a → b → db', () => {
    const s = emptyScenario();
    s.components = [fleet('a', 1e-3), fleet('b', 2e-3), unit('database', 'db', 3e-3)];
    s.edges = [call('users', 'a'), call('a', 'b'), call('b', 'db')];
    // 1 − 0.999 · 0.998 · 0.997 = 1 − 0.994010994 = 5.989006e-3
    expect(relative(structuralU(s), 5.989006e-3)).toBeLessThan(1e-12);
  });

  it('parallel behind a router: U = Π q_i (three targets at 1e-3, 2e-3, 3e-3 → 6e-9)', () => {
    const s = emptyScenario();
    s.components = [unit('loadBalancer', 'lb', 0), fleet('a', 1e-3), fleet('b', 2e-3), fleet('c', 3e-3)];
    s.edges = [call('users', 'lb'), call('lb', 'a'), call('lb', 'b'), call('lb', 'c')];
    expect(relative(structuralU(s), 6e-9)).toBeLessThan(1e-12);
  });

  it('k-of-n: 5 instances, 3 must be up, q = 0.01 → P(≥ 3 down) = 10q³p² + 5q⁴p + q⁵', () => {
    const s = emptyScenario();
    s.components = [fleet('app', 0.01, null, 5, 3)];
    s.edges = [call('users', 'app')];
    const q = 0.01;
    const p = 0.99;
    const expected = 10 * q ** 3 * p ** 2 + 5 * q ** 4 * p + q ** 5; // 9.80299e-6
    expect(relative(structuralU(s), expected)).toBeLessThan(1e-12);
  });

  it('shared database: two redundant tiers that use one database fail together when it fails', () => {
    const s = emptyScenario();
    s.components = [unit('loadBalancer', 'lb', 0), fleet('a', 0.01), fleet('b', 0.02), unit('database', 'db', 1e-3)];
    s.edges = [call('users', 'lb'), call('lb', 'a'), call('lb', 'b'), call('a', 'db'), call('b', 'db')];
    // By hand: success = db up ∧ (a up ∨ b up): A = 0.999 · (1 − 0.01·0.02) = 0.999 · 0.9998 = 0.9988002
    // U = 1 − 0.9988002 = 1.1998e-3. Multiplying path availabilities would wrongly give
    // 1 − (1 − (1 − 0.99·0.999)(1 − 0.98·0.999)) = 1 − (1 − 0.010990·0.020980) ≈ 2.31e-4.
    expect(relative(structuralU(s), 1.1998e-3)).toBeLessThan(1e-9);
  });

  it('zone outage: apps in zones a and b, database primary in a and sync standby in b', () => {
    const s = emptyScenario();
    const q = { provider: 1e-5, region: 1e-4, zone: 1e-3 };
    s.groups = domains(q, ['za', 'zb']);
    s.components = [
      { ...unit('loadBalancer', 'lb', 0, 'r'), multiAz: true },
      fleet('a', 0.01, 'za'),
      fleet('b', 0.01, 'zb'),
      { ...unit('database', 'db', 0.01, 'za'), model: 'primaryReplica', replicaGroupIds: ['zb'] },
    ];
    s.edges = [call('users', 'lb'), call('lb', 'a'), call('lb', 'b'), call('a', 'db'), call('b', 'db')];
    // By hand, conditioning on the zones (z = 1e-3, unit q = 0.01):
    //   both up:    app up = 1 − q², db up = 1 − q²  → (1 − 1e-4)²
    //   one down:   app up = 1 − q,  db up = 1 − q   → 0.99², twice, each with probability z(1 − z)
    //   both down:  0
    // A = (1 − pr)(1 − rg) · [(1 − z)² (1 − 1e-4)² + 2 z (1 − z) 0.99²]
    const z = q.zone;
    const inner = (1 - z) ** 2 * (1 - 1e-4) ** 2 + 2 * z * (1 - z) * 0.99 ** 2;
    const expected = 1 - (1 - q.provider) * (1 - q.region) * inner;
    expect(relative(structuralU(s), expected)).toBeLessThan(1e-10);
  });

  it('keeps U = 1e-20 exact and never prints 100 %: four independent targets at q = 1e-5', () => {
    const s = emptyScenario();
    s.components = [unit('loadBalancer', 'lb', 0), ...['a', 'b', 'c', 'd'].map((id) => fleet(id, 1e-5))];
    s.edges = [call('users', 'lb'), ...['a', 'b', 'c', 'd'].map((id) => call('lb', id))];
    expect(relative(structuralU(s), 1e-20)).toBeLessThan(1e-12);
  });

  it('six-region active-active: U > 0, nines finite and downtime > 0 (1 − A would print 100 %)', () => {
    const s = emptyScenario();
    const regions = ['aws:eu-west-1', 'aws:us-east-1', 'aws:ap-northeast-1', 'aws:sa-east-1', 'aws:ap-southeast-2', 'aws:eu-central-1'];
    s.groups = regions.flatMap((regionId, i) => domains({ provider: 0, region: 1e-4, zone: 5e-4 }, [`z${i}a`, `z${i}b`], `r${i}`, regionId));
    s.components = [unit('dns', 'dns', 0)];
    s.edges = [call('users', 'dns')];
    regions.forEach((_, i) => {
      s.components.push({ ...unit('loadBalancer', `lb${i}`, 1e-4, `r${i}`), multiAz: true }, fleet(`a${i}`, 5e-3, `z${i}a`, 2), fleet(`b${i}`, 5e-3, `z${i}b`, 2));
      s.edges.push(call('dns', `lb${i}`), call(`lb${i}`, `a${i}`), call(`lb${i}`, `b${i}`));
    });
    const report = evaluateAvailabilityReport(s);
    // Per region: 1 − (1 − 1e-4)(1 − 1e-4)(1 − (5e-4 + 2.5e-5 − 1.25e-8)²) ≈ 2.0028e-4; six regions in parallel ≈ 6.5e-23.
    const perZone = 1 - (1 - 5e-4) * (1 - 5e-3 ** 2);
    const perRegion = 1 - (1 - 1e-4) * (1 - 1e-4) * (1 - perZone ** 2);
    const structural = perRegion ** 6;
    expect(report.unavailability).toBeGreaterThan(0);
    expect(report.downtimeMinutesPerMonth).toBeGreaterThan(0);
    expect(Number.isFinite(report.nines)).toBe(true);
    expect(relative(report.explain[0]?.value ?? 0, structural)).toBeLessThan(1e-9);
  });

  it('a catalog availability spec gives the sourced default (EC2 instance-level 99.5 %)', () => {
    const s = emptyScenario();
    s.components = [{ ...fleet('a', 0), availability: { source: 'catalog' } }];
    s.edges = [call('users', 'a')];
    expect(relative(structuralU(s), 5e-3)).toBeLessThan(1e-12);
    s.components = [{ ...fleet('a', 0), availability: { source: 'mtbf', mtbfHours: 999, mttrHours: 1 } }];
    expect(relative(structuralU(s), 1e-3)).toBeLessThan(1e-12);
    s.components = [{ ...fleet('a', 0), availability: down(2.5e-4) }];
    expect(relative(structuralU(s), 2.5e-4)).toBeLessThan(1e-12);
  });

  it('a CDN mixes hits and misses: U = q_cdn + (1 − q_cdn)(1 − hit) q_origin', () => {
    const s = emptyScenario();
    s.components = [{ ...unit('cdn', 'cdn', 1e-3), hitRatio: 0.9 }, fleet('origin', 0.01)];
    s.edges = [call('users', 'cdn'), call('cdn', 'origin')];
    expect(relative(structuralU(s), 1e-3 + 0.999 * 0.1 * 0.01)).toBeLessThan(1e-12);
  });

  it('reads and writes weigh by readFraction: a reads-only cache fails only reads', () => {
    const s = emptyScenario(0.8);
    s.components = [fleet('app', 1e-3), unit('cache', 'cache', 1e-2), unit('database', 'db', 1e-4)];
    s.edges = [call('users', 'app'), call('app', 'cache', { appliesTo: 'reads' }), call('app', 'db')];
    const reads = 1 - 0.999 * 0.99 * 0.9999;
    const writes = 1 - 0.999 * 0.9999;
    expect(relative(structuralU(s), 0.8 * reads + 0.2 * writes)).toBeLessThan(1e-12);
  });

  it('a leaderless store needs R copies for reads and W for writes', () => {
    const s = emptyScenario(0.5);
    s.groups = domains({ provider: 0, region: 0, zone: 0 }, ['z1', 'z2', 'z3']);
    s.components = [fleet('app', 0), { ...unit('database', 'kv', 0.1, 'z1'), model: 'leaderless', replicaGroupIds: ['z2', 'z3'], quorum: { n: 3, r: 1, w: 2 } }];
    s.edges = [call('users', 'app'), call('app', 'kv')];
    // reads fail when all 3 copies are down: 1e-3; writes when ≥ 2 are down: 3·0.01·0.9 + 0.001 = 0.028
    expect(relative(structuralU(s), 0.5 * 1e-3 + 0.5 * 0.028)).toBeLessThan(1e-12);
  });

  it('a parameter-only edit on the compiled structure equals a fresh compile', () => {
    const s = emptyScenario();
    s.components = [unit('loadBalancer', 'lb', 1e-4), fleet('a', 1e-3, null, 3, 2), fleet('b', 2e-3)];
    s.edges = [call('users', 'lb'), call('lb', 'a'), call('lb', 'b')];
    const compiled = compileAvailability(s);
    const edited: Scenario = { ...s, components: [unit('loadBalancer', 'lb', 3e-4), fleet('a', 5e-3, null, 4, 2), fleet('b', 1e-2)] };
    const reused = evaluateAvailability(compiled, availabilityParameters(compiled, edited)).overall;
    const fresh = compileAvailability(edited);
    expect(reused).toBe(evaluateAvailability(fresh, availabilityParameters(fresh, edited)).overall);
  });

  it('a synchronous call cycle is reported and cut, never followed forever', () => {
    const s = emptyScenario();
    s.components = [fleet('a', 1e-3), fleet('b', 1e-3)];
    s.edges = [call('users', 'a'), call('a', 'b'), call('b', 'a')];
    const compiled = compileAvailability(s);
    expect(compiled.structure.warnings.map((w) => w.code)).toContain('availability.callCycle');
    expect(relative(evaluateAvailability(compiled, availabilityParameters(compiled, s)).overallStructural, 1 - 0.999 ** 2)).toBeLessThan(1e-12);
  });
});
