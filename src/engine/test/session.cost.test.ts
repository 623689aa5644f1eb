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

  it('prices a database again when the region of one of its copies moves while the component object stays the same', () => {
    const base = syntheticScenario(40, 7);
    const database = base.components.find((c) => c.kind === 'database') as Component;
    const replicated = withComponent(base, database.id, { replicaGroupIds: ['ap-northeast-1a'] } as Partial<Component>);
    // Only the region group changes: the database keeps its object, its copies' regions are what moved.
    const moved: Scenario = { ...replicated, groups: replicated.groups.map((g) => (g.id === 'ap-northeast-1' && g.kind === 'region' ? { ...g, regionId: 'aws:sa-east-1' } : g)) };
    expect(moved.components.find((c) => c.id === database.id)).toBe(replicated.components.find((c) => c.id === database.id));
    const session = createEngineSession();
    const [tokyo, saoPaulo, tokyoAgain] = [replicated, moved, replicated].map((scenario) => {
      const cost = session.evaluate(scenario).cost;
      expect(cost).toEqual(evaluate(scenario).cost);
      return cost;
    });
    expect(saoPaulo?.byComponent[database.id]).not.toBe(tokyo?.byComponent[database.id]);
    expect(tokyoAgain).toEqual(tokyo);
  });

  it('prices data transfer again when the load, either payload or the month changes while the traffic table stays the same object', () => {
    const base = syntheticScenario(40, 7);
    const withWorkload = (patch: Partial<Scenario['workload']>): Scenario => ({ ...base, workload: { ...base.workload, ...patch } });
    // The fields the transfer cache's hand-written key used to list: none of them routes traffic, so the table is kept.
    const edits: Scenario[] = [
      withWorkload({ requestsPerSecond: base.workload.requestsPerSecond * 3 }),
      withWorkload({ payloadKbIn: base.workload.payloadKbIn * 5 }),
      withWorkload({ payloadKbOut: base.workload.payloadKbOut * 7 }),
      { ...base, settings: { ...base.settings, monthHours: base.settings.monthHours / 2 } },
    ];
    const session = createEngineSession();
    const first = session.evaluate(base).cost;
    for (const edited of [...edits, base]) {
      const cost = session.evaluate(edited).cost;
      expect(cost).toEqual(evaluate(edited).cost);
      if (edited !== base) expect(cost.transferByEdge).not.toEqual(first.transferByEdge);
    }
  });

  it('sums the bill again when any of its lines changed, and keeps the sums while every line is the one kept', () => {
    const base = syntheticScenario(40, 7);
    const fleet = base.components.find((c) => c.kind === 'compute') as Component;
    const slower = withComponent(base, fleet.id, { serviceTimeMs: 19 });
    // Only data transfer changes: every component keeps its lines, the transfer lines are new.
    const heavier: Scenario = { ...slower, workload: { ...slower.workload, payloadKbOut: slower.workload.payloadKbOut * 3 } };
    const bigger = withComponent(heavier, fleet.id, { instances: 9 });
    const session = createEngineSession();
    const bills = [base, slower, heavier, bigger, heavier, base].map((scenario) => {
      const cost = session.evaluate(scenario).cost;
      expect(cost).toEqual(evaluate(scenario).cost);
      return cost;
    });
    const [first, afterServiceTime, afterPayload, afterInstances, payloadAgain] = bills;
    // A VM fleet's service time prices nothing: the same lines, so the same sums.
    expect(afterServiceTime?.byCategory).toBe(first?.byCategory);
    expect(afterServiceTime?.lineItems).toBe(first?.lineItems);
    expect(afterPayload?.monthlyUsd).toBeGreaterThan(first?.monthlyUsd ?? Infinity);
    expect(afterInstances?.monthlyUsd).toBeGreaterThan(afterPayload?.monthlyUsd ?? Infinity);
    expect(payloadAgain).toEqual(afterPayload);
  });
});
