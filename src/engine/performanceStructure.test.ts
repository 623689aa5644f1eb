import { describe, expect, it } from 'vitest';
import { createExampleScenario, type Component, type Scenario } from '../model';
import { propagateLoad } from './capacity/propagateLoad';
import { buildCallPlans } from './compile/callPlans';
import { compileScenario, updateCompiledModel, withRequestsPerSecond } from './compile/compileScenario';
import { unitLoadOf } from './performanceStructure';

const base = createExampleScenario();
const withComponent = (scenario: Scenario, id: string, edit: (component: Component) => Component): Scenario => ({ ...scenario, components: scenario.components.map((c) => (c.id === id ? edit(c) : c)) });

/** What `propagateLoad` gives `scenario` compiled afresh, with no cache in between. */
function freshUnitLoad(scenario: Scenario) {
  const model = withRequestsPerSecond(compileScenario(scenario), 1);
  return propagateLoad(model, buildCallPlans(model));
}

describe('unitLoadOf keeps the traffic while what it read holds', () => {
  it('reuses it through service-time edits, recomputes it after a hit ratio or a routing edit', () => {
    const slower = withComponent(base, 'app-a', (c) => (c.kind === 'compute' ? { ...c, serviceTimeMs: c.serviceTimeMs * 3 } : c));
    const colder = withComponent(slower, 'cache', (c) => (c.kind === 'cache' ? { ...c, hitRatio: 0.2 } : c));
    const weighted = {
      ...withComponent(colder, 'lb', (c) => (c.kind === 'loadBalancer' ? { ...c, algorithm: 'weighted' as const } : c)),
      edges: colder.edges.map((e) => (e.id === 'e-lb-a' && e.kind === 'call' ? { ...e, weight: 3 } : e)),
    };
    let model = compileScenario(base);
    const first = unitLoadOf(model);
    model = updateCompiledModel(model, slower);
    expect(unitLoadOf(model)).toBe(first);
    for (const scenario of [colder, weighted, slower]) {
      const previous = unitLoadOf(model);
      model = updateCompiledModel(model, scenario);
      const load = unitLoadOf(model);
      expect(load).not.toBe(previous);
      expect(load).toEqual(freshUnitLoad(scenario));
    }
    const previous = unitLoadOf(model);
    model = updateCompiledModel(model, base);
    expect(unitLoadOf(model)).toBe(previous);
    expect(previous).toEqual(freshUnitLoad(base));
  });
});
