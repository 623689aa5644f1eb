import { describe, expect, it } from 'vitest';
import { createComponent, createExampleScenario, parseScenario, type Scenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { callEdge, smallScenario } from './smallScenario';

function evaluateScenario(scenario: Scenario) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return evaluatePerformance(compileScenario(parsed.scenario));
}

/** us-east-1, zone a: users → 2 × m6i.large → db.m6i.large (100 GB), 1 request/s, 100 kB responses. */
function smallBill(pricing: Scenario['settings']['pricing']): Scenario {
  const scenario = smallScenario(
    [
      { ...createComponent('compute', 'app', 'app', 'us-a'), instances: 2 },
      { ...createComponent('database', 'db', 'db', 'us-a'), storageGb: 100 },
    ],
    [callEdge('e-u', 'users', 'app'), callEdge('e-db', 'app', 'db')],
    { workload: { requestsPerSecond: 1, readFraction: 1, payloadKbIn: 1, payloadKbOut: 100, peakFactor: 2 }, settings: { currency: 'USD', monthHours: 730, pricing } },
  );
  return { ...scenario, groups: [...scenario.groups, { id: 'us-a', name: 'us-east-1a', kind: 'zone', parentId: 'region-us', zoneName: 'us-east-1a', availability: { source: 'catalog' } }] };
}

describe('cost of a small bill, by hand from catalog prices (docs/sources.md §3)', () => {
  it('on demand', () => {
    // app: 2 × 730 h × $0.096 = $140.16. db: 730 × $0.171 = $124.83 + 100 GB × $0.115 = $11.50.
    // Egress: 1 req/s × 100 kB × 3600 × 730 s = 262.8 GB × $0.09 = $23.652. app → db same zone: free.
    const cost = evaluateScenario(smallBill('onDemand')).cost;
    expect(cost.byComponent.app).toBeCloseTo(140.16 + 23.652, 6);
    expect(cost.byComponent.db).toBeCloseTo(124.83 + 11.5, 6);
    expect(cost.monthlyUsd).toBeCloseTo(300.142, 6);
    expect(cost.byCategory.dataTransfer).toBeCloseTo(23.652, 6);
    // Per million: 2,628,000 requests a month → $300.142 / 2.628 = $114.21 per million.
    expect(cost.perMillionRequestsUsd).toBeCloseTo(300.142 / 2.628, 6);
  });

  it('reserved 3 years: instances at $0.0180/h (t3.medium ratio 0.0180 / 0.0416)', () => {
    const cost = evaluateScenario(smallBill('reserved3y')).cost;
    expect(cost.byCategory.compute).toBeCloseTo(140.16 * (0.018 / 0.0416), 6);
  });

  it('serverless: requests × $0.20/M + GB-seconds × $0.0000166667', () => {
    // 1 req/s → 2,628,000 invocations: $0.5256; 20 ms × 0.5 GB each → 26,280 GB-s × $0.0000166667 = $0.43800.
    const scenario = smallBill('onDemand');
    const serverless: Scenario = {
      ...scenario,
      components: scenario.components.map((c) => (c.kind === 'compute' ? { ...c, flavor: 'serverless' as const, serviceTimeMs: 20, serverless: { ...c.serverless, memoryMb: 512 } } : c)),
    };
    expect(evaluateScenario(serverless).cost.byCategory.serverless).toBeCloseTo(0.5256 + 26_280 * 0.0000166667, 6);
  });
});

describe('capacity of the built-in example, by hand', () => {
  const capacity = evaluateScenario(createExampleScenario()).capacity;

  it('routes load: 400 req/s split over two app fleets, 90 % reads to the cache, misses and writes to the db', () => {
    expect(capacity.loadRequestsPerSecond['app-a']).toBeCloseTo(200, 9);
    expect(capacity.loadRequestsPerSecond.cache).toBeCloseTo(360, 9);
    // db: writes 40 + read misses 360 × 0.2 = 72 → 112 req/s.
    expect(capacity.loadRequestsPerSecond.db).toBeCloseTo(112, 9);
  });

  it('computes utilization ρ = λ·s / (instances · concurrency) and the bottleneck', () => {
    // app-a: 200 × 0.020 s / (3 × 8) = 0.1667; saturates at 3 × 8 / (0.5 × 0.020) = 2,400 req/s.
    expect(capacity.utilization['app-a']).toBeCloseTo(200 * 0.02 / 24, 12);
    expect(capacity.maxRequestsPerSecond).toBeCloseTo(2400, 9);
    expect(capacity.bottleneck).toBe('app-a');
    expect(capacity.saturated).toBe(false);
  });

  it('sizes fleets at the 60 % target: ⌈200 × 0.02 / (8 × 0.6)⌉ = 1 on average, ⌈600 × 0.02 / 4.8⌉ = 3 at peak', () => {
    expect(capacity.instancesNeeded['app-a']).toEqual({ average: 1, peak: 3 });
  });
});
