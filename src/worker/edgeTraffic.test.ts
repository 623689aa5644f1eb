import { describe, expect, it } from 'vitest';
import { createEngineSession } from '../engine';
import { createExampleScenario } from '../model';
import { edgeTrafficRps } from './edgeTraffic';

describe('edge traffic', () => {
  const scenario = createExampleScenario();
  const report = createEngineSession().evaluate(scenario);
  const traffic = edgeTrafficRps(scenario, report);

  it('splits each population’s requests by its share', () => {
    expect(traffic['e-eu-dns']).toBeCloseTo(280, 9);
    expect(traffic['e-us-dns']).toBeCloseTo(120, 9);
  });

  it('gives each edge its part of what the callee receives (reads only to the cache, misses to the database)', () => {
    expect(traffic['e-lb-a']).toBeCloseTo(report.capacity.loadRequestsPerSecond['app-a'] ?? NaN, 9);
    expect(traffic['e-a-cache']).toBeCloseTo(180, 9);
    expect((traffic['e-a-db'] ?? 0) + (traffic['e-b-db'] ?? 0)).toBeCloseTo(report.capacity.loadRequestsPerSecond.db ?? NaN, 9);
    expect(traffic['e-a-db']).toBeCloseTo(traffic['e-b-db'] ?? NaN, 9);
  });

  it('carries nothing on replication edges', () => {
    const withReplication = {
      ...scenario,
      edges: [...scenario.edges, { id: 'e-repl', from: 'db', to: 'cache', kind: 'replication' as const, mode: 'async' as const, lagMs: 20 }],
    };
    expect(edgeTrafficRps(withReplication, report)).not.toHaveProperty('e-repl');
  });
});
