import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import type { Component, Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';

const withComponent = (scenario: Scenario, id: string, patch: Partial<Component>): Scenario => ({
  ...scenario,
  components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)),
});

describe('engine session: each component priced again only when it or its usage changed', () => {
  it('gives the bill of a fresh evaluation when components move, change size and come back, keeping the lines of the ones untouched', () => {
    const base = syntheticScenario(40, 7);
    const fleet = base.components.find((c) => c.kind === 'compute') as Component;
    const database = base.components.find((c) => c.kind === 'database') as Component;
    // The same component objects at other indices: the latest price at an index belongs to another component now.
    const rotated: Scenario = { ...base, components: [...base.components.slice(1), base.components[0] as Component] };
    const bigger = withComponent(base, fleet.id, { instances: 7 });
    const slower = withComponent(bigger, fleet.id, { serviceTimeMs: 19 });
    const renamedStore = withComponent(slower, database.id, { name: 'Orders DB', storageGb: 900 });
    const session = createEngineSession();
    const bills = [base, rotated, bigger, slower, renamedStore, base].map((scenario) => {
      const report = session.evaluate(scenario);
      expect(report.cost).toEqual(evaluate(scenario).cost);
      return report.cost;
    });
    const [first, , afterInstances, afterServiceTime, afterStore, backToBase] = bills;
    expect(afterInstances?.byComponent[fleet.id]).toBeGreaterThan(first?.byComponent[fleet.id] ?? Infinity);
    // A service time prices nothing of a VM fleet: the bill is the same, and every other component's lines are the ones kept.
    expect(afterServiceTime).toEqual(afterInstances);
    afterServiceTime?.lineItems.forEach((item, i) => {
      if (item.elementId !== fleet.id) expect(item).toBe(afterInstances?.lineItems[i]);
    });
    expect(afterStore?.byComponent[database.id]).toBeGreaterThan(afterServiceTime?.byComponent[database.id] ?? Infinity);
    expect(backToBase).toEqual(first);
  });
});
