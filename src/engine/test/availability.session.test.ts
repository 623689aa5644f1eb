import { describe, expect, it } from 'vitest';
import type { CallEdge, Component, Scenario } from '../../model';
import { compileAvailability, sameAvailabilityStructure } from '../availability';
import { compileScenario } from '../compile/compileScenario';
import { evaluate, evaluateCompiled } from '../evaluate';
import { createEngineSession } from '../session';
import { loadTemplate } from './templateFixtures';

const withComponent = (scenario: Scenario, id: string, patch: (c: Component) => Component): Scenario => ({
  ...scenario,
  components: scenario.components.map((c) => (c.id === id ? patch(c) : c)),
});

/** Every kind of parameter the availability pass reads, edited at once on the multi-AZ template. */
function parameterEdits(s: Scenario): Scenario {
  let edited: Scenario = {
    ...s,
    name: 'Renamed',
    workload: { ...s.workload, readFraction: 0.6 },
    clients: s.clients.map((c, i) => ({ ...c, share: i === 0 ? 0.2 : 0.8 })),
    groups: s.groups.map((g) => (g.id === 'zone-b' ? { ...g, availability: { source: 'mtbf' as const, mtbfHours: 5000, mttrHours: 4 } } : g)),
    edges: s.edges.map((e) => (e.kind === 'call' && e.id === 'e-lb-c' ? { ...e, weight: 5, failoverPriority: 2 } : e)),
    recovery: { ...s.recovery, strategy: 'pilotLight', targets: { rtoSec: 600, rpoSec: 30 } },
  };
  edited = withComponent(edited, 'app-b', (c) => (c.kind === 'compute' ? { ...c, name: 'API b (renamed)', instances: 4, minHealthy: 2, availability: { source: 'direct', availability: 0.99 } } : c));
  edited = withComponent(edited, 'dns', (c) => (c.kind === 'dns' ? { ...c, routing: 'weighted', ttlSeconds: 30 } : c));
  edited = withComponent(edited, 'lb', (c) => (c.kind === 'loadBalancer' ? { ...c, algorithm: 'weighted', healthCheckIntervalSeconds: 10 } : c));
  edited = withComponent(edited, 'cache', (c) => (c.kind === 'cache' ? { ...c, hitRatio: 0.95, nodes: 1 } : c));
  edited = withComponent(edited, 'db', (c) => (c.kind === 'database' ? { ...c, failoverSeconds: 30, replication: 'async', storageGb: 400 } : c));
  return edited;
}

describe('engine session: both compiled structures reused across parameter edits', () => {
  it('a parameter-only edit keeps the availability structure and gives exactly the report of a fresh evaluate', () => {
    const original = loadTemplate('multi-az-three-tier.json');
    const edited = parameterEdits(original);
    expect(sameAvailabilityStructure(original, edited)).toBe(true);
    const session = createEngineSession();
    const before = session.evaluate(original);
    const after = session.evaluate(edited);
    expect(after).toEqual(evaluate(edited));
    expect(after.availability.unavailability).not.toBe(before.availability.unavailability);
    expect(after.recovery).not.toEqual(before.recovery);
  });

  it('picks up a database model change, which is structure though not topology (no standby → the database is a single point of failure)', () => {
    const original = loadTemplate('multi-az-three-tier.json');
    const single = withComponent(original, 'db', (c) => (c.kind === 'database' ? { ...c, model: 'single' } : c));
    expect(sameAvailabilityStructure(original, single)).toBe(false);
    const session = createEngineSession();
    expect(session.evaluate(original).availability.singlePointsOfFailure).not.toContain('db');
    const report = session.evaluate(single);
    expect(report).toEqual(evaluate(single));
    expect(report.availability.singlePointsOfFailure).toContain('db');
    expect(report.recovery.events.find((e) => e.id === 'databasePrimary:db')?.survived).toBe(false);
  });

  it('picks up the other structural fields: minHealthy reaching instances, appliesTo, a call made on only some requests', () => {
    const monolith = loadTemplate('single-region-monolith.json');
    const multiAz = loadTemplate('multi-az-three-tier.json');
    const callEdit = (s: Scenario, id: string, patch: Partial<CallEdge>): Scenario => ({ ...s, edges: s.edges.map((e) => (e.id === id && e.kind === 'call' ? { ...e, ...patch } : e)) });
    const cases: Array<[Scenario, Scenario]> = [
      [monolith, withComponent(monolith, 'app', (c) => (c.kind === 'monolith' ? { ...c, minHealthy: 2 } : c))], // one instance loss now breaks it
      [multiAz, callEdit(multiAz, 'e-a-cache', { appliesTo: 'all' })], // writes through app-a now need the cache
      [multiAz, callEdit(multiAz, 'e-a-db', { callsPerRequest: 0.5 })], // half of app-a's requests skip the database
    ];
    for (const [original, edited] of cases) {
      expect(sameAvailabilityStructure(original, edited)).toBe(false);
      const fresh = evaluate(edited);
      // Reusing the original structure would be wrong: the field is structural.
      expect(evaluateCompiled(compileScenario(edited), compileAvailability(original))).not.toEqual(fresh);
      const session = createEngineSession();
      session.evaluate(original);
      expect(session.evaluate(edited)).toEqual(fresh);
    }
  });

  it("adds the availability pass's structure warnings to the report, worded with the current names", () => {
    const original = loadTemplate('single-region-monolith.json');
    const orphan: Component = { ...(original.components.find((c) => c.id === 'lb') as Component), id: 'lb-2', name: 'Spare LB' };
    const withOrphan: Scenario = { ...original, components: [...original.components, orphan], edges: [...original.edges, { ...(original.edges[0] as Scenario['edges'][number]), id: 'e-dns-lb2', from: 'dns', to: 'lb-2' }] };
    const session = createEngineSession();
    const warning = session.evaluate(withOrphan).warnings.find((w) => w.code === 'availability.routerWithoutTargets');
    expect(warning).toMatchObject({ elementId: 'lb-2', message: expect.stringMatching(/^Spare LB routes to no target/) as unknown });
    const renamed = withComponent(withOrphan, 'lb-2', (c) => ({ ...c, name: 'Idle LB' }));
    expect(session.evaluate(renamed).warnings.find((w) => w.code === 'availability.routerWithoutTargets')?.message).toMatch(/^Idle LB routes to no target/);
  });
});
