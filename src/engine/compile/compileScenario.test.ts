import { describe, expect, it } from 'vitest';
import { createExampleScenario, type Scenario } from '../../model';
import { compileScenario, updateCompiledModel } from './compileScenario';

describe('compileScenario', () => {
  it('lays out components, placements and call adjacency as arrays', () => {
    const model = compileScenario(createExampleScenario());
    const t = model.topology;
    expect(t.componentIds).toEqual(['dns', 'lb', 'app-a', 'app-b', 'cache', 'db']);
    expect(t.sites[0]).toBeNull(); // DNS is global
    expect(t.sites[2]?.region?.id).toBe('aws:eu-west-1');
    expect(t.copyCount[5]).toBe(2); // primary in zone a, standby in zone b
    const lbCalls = Array.from(t.outEdges.subarray(t.outStart[1], t.outStart[2])).map((e) => t.edgeIds[e]);
    expect(lbCalls).toEqual(['e-lb-a', 'e-lb-b']);
    expect(Array.from(t.topologicalOrder).indexOf(1)).toBeLessThan(Array.from(t.topologicalOrder).indexOf(2));
  });

  it('re-reads only parameters on a field edit, and recompiles when the structure changes', () => {
    const scenario = createExampleScenario();
    const model = compileScenario(scenario);
    const edited: Scenario = { ...scenario, components: scenario.components.map((c) => (c.id === 'app-a' && c.kind === 'compute' ? { ...c, serviceTimeMs: 35 } : c)) };
    const updated = updateCompiledModel(model, edited);
    expect(updated.topology).toBe(model.topology);
    expect(updated.parameters.serviceMs[2]).toBe(35);
    const moved: Scenario = { ...scenario, components: scenario.components.map((c) => (c.id === 'cache' ? { ...c, groupId: 'zone-b' } : c)) };
    expect(updateCompiledModel(model, moved).topology).not.toBe(model.topology);
  });
});

describe('updateCompiledModel', () => {
  it('re-reads exactly what a fresh compile reads, whichever fields an edit changed (and back)', () => {
    const scenario = createExampleScenario();
    const toServerless = (c: Scenario['components'][number]) => (c.id === 'app-a' && c.kind === 'compute' ? { ...c, flavor: 'serverless' as const, autoscaling: { ...c.autoscaling, enabled: true } } : c);
    const edits: Scenario[] = [
      { ...scenario, components: scenario.components.map(toServerless) },
      scenario,
      { ...scenario, edges: scenario.edges.map((e, i) => (i === 1 && e.kind === 'call' ? { ...e, parallelGroup: 'g', timeoutMs: 50 } : e)) },
      { ...scenario, workload: { ...scenario.workload, readFraction: 0.5 }, clients: scenario.clients.map((c) => ({ ...c, share: c.share / 2 })) },
    ];
    let model = compileScenario(scenario);
    for (const edited of edits) {
      model = updateCompiledModel(model, edited);
      expect(model.parameters).toEqual(compileScenario(edited).parameters);
    }
  });
});

describe('updateCompiledModel keeps the topology by what compiling it read', () => {
  it('keeps it through field edits and copies, recompiles on moves, new edges and new locations, never stale', () => {
    const scenario = createExampleScenario();
    const edits: Array<{ edited: Scenario; kept: boolean }> = [
      { edited: { ...scenario, components: scenario.components.map((c) => (c.id === 'app-a' && c.kind === 'compute' ? { ...c, serviceTimeMs: 35, name: 'App A' } : c)) }, kept: true },
      { edited: JSON.parse(JSON.stringify(scenario)) as Scenario, kept: true },
      { edited: { ...scenario, components: scenario.components.map((c) => (c.id === 'cache' ? { ...c, groupId: 'zone-b' } : c)) }, kept: false },
      { edited: { ...scenario, components: scenario.components.map((c) => (c.id === 'db' && c.kind === 'database' ? { ...c, replicaGroupIds: [] } : c)) }, kept: false },
      { edited: { ...scenario, edges: scenario.edges.slice(1) }, kept: false },
      { edited: { ...scenario, clients: scenario.clients.map((c, i) => (i === 0 ? { ...c, location: { kind: 'coordinates' as const, latDeg: 1, lonDeg: 2 } } : c)) }, kept: false },
    ];
    for (const { edited, kept } of edits) {
      const model = compileScenario(scenario);
      const updated = updateCompiledModel(model, edited);
      expect(updated.topology === model.topology).toBe(kept);
      expect(updated.topology).toEqual(compileScenario(edited).topology);
    }
  });
});
