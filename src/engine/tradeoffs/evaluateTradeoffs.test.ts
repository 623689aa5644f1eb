import { describe, expect, it } from 'vitest';
import { createClient, createComponent, parseScenario } from '../../model';
import { evaluate } from '../evaluate';
import { pricedIn } from './evaluateTradeoffs';
import { behindQueue, callEdge, replicationEdge, smallScenario } from '../test/smallScenario';

/**
 * `users` (no residency rule) and `eu` (data must stay in the EU, share `euShare`) call app in
 * eu-west-1, which writes to db (eu-west-1, replicated asynchronously to `db-us` in us-east-1) and
 * enqueues work that a worker archives to object storage in us-east-1.
 */
function securityRow(euShare: number) {
  const queued = behindQueue('app', createComponent('compute', 'worker', 'worker', 'zone-a'));
  const stores = [createComponent('database', 'db', 'db', 'zone-a'), createComponent('database', 'db-us', 'db-us', 'region-us'), createComponent('objectStorage', 'archive', 'archive', 'region-us')];
  const components = [createComponent('compute', 'app', 'app', 'zone-a'), ...stores, ...queued.components];
  const edges = [
    callEdge('e-users', 'users', 'app'),
    callEdge('e-eu', 'eu', 'app'),
    callEdge('e-db', 'app', 'db'),
    replicationEdge('e-db-us', 'db', 'db-us', 'async'),
    ...queued.edges,
    callEdge('e-archive', 'worker', 'archive'),
  ];
  const clients = [
    { ...createClient('users', 'Users', 'aws:eu-west-1', 1 - euShare), newConnectionFraction: 0 },
    { ...createClient('eu', 'EU users', 'aws:eu-west-1', euShare), newConnectionFraction: 0, residency: ['EU' as const] },
  ];
  const parsed = parseScenario(smallScenario(components, edges, { clients, workload: { requestsPerSecond: 10, readFraction: 0.5, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } }));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return evaluate(parsed.scenario).tradeoffs.rows.find((row) => row.concern === 'security');
}

describe('residency (security row): the stores a population’s traffic reaches, whatever its share', () => {
  it('flags data written behind a queue and copied by replication outside the allowed jurisdictions', () => {
    const row = securityRow(0.5);
    expect(row?.values.residencyViolations).toBe(2);
    expect(row?.summary).toContain('residency violated: EU users → db-us (US), EU users → archive (US)');
  });

  it('the same for a population of share 0 (it had no reach in the mixed traffic, so nothing was flagged)', () => {
    expect(securityRow(0)).toEqual(securityRow(0.5));
  });
});

describe('where the bill is priced', () => {
  const cost = (byRegion: Record<string, number>) => {
    const monthlyUsd = Object.values(byRegion).reduce((a, b) => a + b, 0);
    return { monthlyUsd, perMillionRequestsUsd: 0, byComponent: {}, byCategory: {}, byRegion, usEast1MonthlyUsd: monthlyUsd, usEast1ByRegion: byRegion, regionalPremium: 0, lineItems: [], transferByEdge: {} };
  };

  it('names each region by code with its share of the bill, largest first', () => {
    expect(pricedIn(cost({ global: 80, 'aws:eu-west-1': 900, 'aws:ap-northeast-1': 20 }))).toBe('eu-west-1 90 %, global 8 %, ap-northeast-1 2 %');
  });

  it('says nowhere for a bill of nothing', () => {
    expect(pricedIn(cost({}))).toBe('nowhere');
  });

  it('is a figure of the cost row, beside the monthly cost', () => {
    const scenario = parseScenario(smallScenario([createComponent('compute', 'app', 'app', 'zone-a')], [callEdge('e-users', 'users', 'app')], { workload: { requestsPerSecond: 1, readFraction: 1, payloadKbIn: 1, payloadKbOut: 1, peakFactor: 2 } }));
    if (!scenario.ok) throw new Error('invalid');
    const row = evaluate(scenario.scenario).tradeoffs.rows.find((r) => r.concern === 'cost');
    expect(row?.values.pricedIn).toBe('eu-west-1 100 %');
    expect(row?.values.usEast1MonthlyUsd).toBeGreaterThan(0);
    expect(row?.values.regionalPremium).toMatch(/^\+\d+\.\d % for eu-west-1 prices$/);
  });
});
