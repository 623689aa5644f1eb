import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model';
import { availabilityParameters, compileAvailability, evaluateAvailability } from '../availability';
import { call, domains, emptyScenario, fleet, unit } from './availabilityFixtures';

function failoverU(scenario: Scenario): number {
  const compiled = compileAvailability(scenario);
  return evaluateAvailability(compiled, availabilityParameters(compiled, scenario)).overallFailover;
}
const mtbf = (mtbfHours: number) => ({ source: 'mtbf' as const, mtbfHours, mttrHours: 1 });

describe('failover penalty ΔU = λ · t · share', () => {
  it('load balancer over two single instances: each fails 1/1000 h, 10 s × 3 detection, half the traffic', () => {
    const s = emptyScenario();
    s.components = [{ ...unit('loadBalancer', 'lb', 0), healthCheckIntervalSeconds: 10, healthCheckFailureThreshold: 3 }, { ...fleet('a', 0), availability: mtbf(1000) }, { ...fleet('b', 0), availability: mtbf(1000) }];
    s.edges = [call('users', 'lb'), call('lb', 'a'), call('lb', 'b')];
    // 2 targets × (1/1000 per h) × (30 s / 3600 s/h) × ½ = 8.333e-6
    expect(failoverU(s)).toBeCloseTo(2 * (1 / 1000) * (30 / 3600) * 0.5, 15);
  });

  it('DNS failover routing: only the primary carries traffic; t = interval × threshold + TTL', () => {
    const s = emptyScenario();
    s.components = [
      { ...unit('dns', 'dns', 0), routing: 'failover', ttlSeconds: 60, healthCheckIntervalSeconds: 30, healthCheckFailureThreshold: 3 },
      { ...unit('loadBalancer', 'primary', 0), availability: mtbf(500) },
      { ...unit('loadBalancer', 'standby', 0), availability: mtbf(500) },
      fleet('app', 0),
    ];
    s.edges = [call('users', 'dns'), call('dns', 'primary', { failoverPriority: 0 }), call('dns', 'standby', { failoverPriority: 1 }), call('primary', 'app'), call('standby', 'app')];
    // (1/500 per h) × (30 × 3 + 60 = 150 s) / 3600 × share 1 = 8.333e-5
    expect(failoverU(s)).toBeCloseTo((1 / 500) * (150 / 3600), 15);
  });

  it('database primary: λ_primary · failoverSeconds, plus the primary zone when the standby is elsewhere', () => {
    const s = emptyScenario();
    s.groups = domains({ provider: 0, region: 0, zone: 0 }, ['za', 'zb']);
    s.groups = s.groups.map((g) => (g.id === 'za' ? { ...g, availability: mtbf(10_000) } : g));
    s.components = [fleet('app', 0), { ...unit('database', 'db', 0, 'za'), model: 'primaryReplica', replicaGroupIds: ['zb'], failoverSeconds: 60, availability: mtbf(2000) }];
    s.edges = [call('users', 'app'), call('app', 'db')];
    // (1/2000 + 1/10000 per h) × 60 s / 3600 = 1e-5
    expect(failoverU(s)).toBeCloseTo((1 / 2000 + 1 / 10_000) * (60 / 3600), 15);
  });

  it('costs nothing when there is nothing to fail over to', () => {
    const s = emptyScenario();
    s.components = [unit('loadBalancer', 'lb', 0), { ...fleet('a', 0), availability: mtbf(100) }, unit('database', 'db', 1e-3)];
    s.edges = [call('users', 'lb'), call('lb', 'a'), call('a', 'db')];
    expect(failoverU(s)).toBe(0);
  });

  it('a fleet behind a load balancer pays per instance failure, with λ from the machine failure rate', () => {
    const s = emptyScenario();
    s.components = [unit('loadBalancer', 'lb', 0), { ...fleet('a', 0, null, 4, 1), availability: { source: 'catalog' } }];
    s.edges = [call('users', 'lb'), call('lb', 'a')];
    // 4 instances × (0.55/8766 per h) × 90 s/3600 × ¼ of the traffic each = (0.55/8766) · 0.025
    expect(failoverU(s)).toBeCloseTo((0.55 / 8766) * (90 / 3600), 15);
  });
});
