import { describe, expect, it } from 'vitest';
import { createExampleScenario, parseScenario } from '../../model';
import { evaluate } from '../evaluate';
import { loadTemplate, templateFiles } from '../test/templateFixtures';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createSweepPlanner, planSweep, sweepValueCount, type SweepKind } from './sweepPlan';
import { sweepRegions, withRegions } from './sweepRegions';

describe('sweep plans', () => {
  const example = createExampleScenario();

  it('load: from 0 to the load at which the design saturates, the last point saturated', () => {
    const plan = planSweep(example, 'load', 5);
    const max = evaluate(example).capacity.maxRequestsPerSecond;
    expect(plan?.values).toEqual([0, max / 4, max / 2, (3 * max) / 4, max]);
    const points = plan?.run(plan.values.slice(3)) ?? [];
    expect(points.map((p) => p.saturated)).toEqual([false, true]);
    expect(planSweep(example, 'load', 3, 1000)?.values).toEqual([0, 500, 1000]);
  });

  it('load: ends where the capacity report says each template saturates (planned from the stations alone)', () => {
    for (const file of templateFiles()) {
      const scenario = loadTemplate(file);
      const max = evaluate(scenario).capacity.maxRequestsPerSecond;
      expect(planSweep(scenario, 'load', 2)?.values, file).toEqual([0, Number.isFinite(max) ? max : 10 * Math.max(scenario.workload.requestsPerSecond, 1)]);
    }
  });

  it('runs in chunks that give the same points as one run', () => {
    const plan = planSweep(example, 'hitRatio', 6);
    if (!plan) throw new Error('the example has a cache');
    expect(plan.xLabel).toBe('hit ratio of Session cache');
    expect([...plan.run(plan.values.slice(0, 3)), ...plan.run(plan.values.slice(3))]).toEqual(plan.run(plan.values));
  });

  it('replicas: 1 to 5 copies of the first database; nothing to sweep without one', () => {
    expect(planSweep(example, 'replicas', 20)?.values).toEqual([1, 2, 3, 4, 5]);
    expect(planSweep({ ...example, components: example.components.filter((c) => c.kind !== 'database'), edges: example.edges.filter((e) => e.to !== 'db') }, 'replicas', 20)).toBeNull();
  });

  it('sweeps as many values as sweepValueCount says, the count the compare view shows progress against', () => {
    const kinds: SweepKind[] = ['load', 'hitRatio', 'replicas', 'regions'];
    expect(kinds.map((kind) => planSweep(example, kind, 12)?.values.length)).toEqual(kinds.map((kind) => sweepValueCount(kind, 12)));
    expect(kinds.map((kind) => sweepValueCount(kind, 12))).toEqual([12, 12, 5, 4]);
  });
});

describe('regions sweep', () => {
  const monolith = loadTemplate('monolith-two-zones.json');

  it('repeats the serving region, its zones and its fleets, keeps the database shared, and stays a valid scenario', () => {
    const three = withRegions(monolith, 3);
    expect(parseScenario(three).ok).toBe(true);
    expect(three.groups.filter((g) => g.kind === 'region').map((g) => (g.kind === 'region' ? g.regionId : ''))).toEqual(['aws:eu-west-1', 'aws:us-east-1', 'aws:us-west-2']);
    expect(three.components.map((c) => c.id)).toEqual(['dns', 'lb', 'app-a', 'app-b', 'db', 'lb.r2', 'app-a.r2', 'app-b.r2', 'lb.r3', 'app-a.r3', 'app-b.r3']);
    expect(three.edges.find((e) => e.id === 'e-a-db.r2')).toMatchObject({ from: 'app-a.r2', to: 'db' });
    expect(three.edges.find((e) => e.id === 'e-dns-lb.r3')).toMatchObject({ from: 'dns', to: 'lb.r3' });
    expect(withRegions(monolith, 1)).toBe(monolith);
  });

  it('each region adds its fleets to the bill', () => {
    const [one, two] = sweepRegions(monolith, [1, 2]);
    // Two zones × two m6i.xlarge monolith VMs at $0.192/h × 730 h = $560.64, plus a load balancer and transfer.
    expect((two?.monthlyUsd ?? 0) - (one?.monthlyUsd ?? 0)).toBeGreaterThan(560.64);
    expect(two?.x).toBe(2);
  });
});

describe('a sweep planner', () => {
  const design = syntheticScenario(40, 3);
  const computes = design.components.filter((c) => c.kind === 'compute');
  const slower = { ...design, components: design.components.map((c) => (c.id === computes[3]?.id && c.kind === 'compute' ? { ...c, serviceTimeMs: c.serviceTimeMs * 3 } : c)) };
  const moreInstances = { ...design, components: design.components.map((c) => (c.id === computes[7]?.id && c.kind === 'compute' ? { ...c, instances: c.instances + 2 } : c)) };
  const withoutEdge = { ...design, edges: design.edges.slice(0, -1) };

  it('reuses its last model for the next design without changing a point: each plan gives what a fresh plan gives, whatever came before', () => {
    const planner = createSweepPlanner();
    const fresh = (scenario: typeof design) => {
      const plan = planSweep(scenario, 'load', 6);
      return plan && { values: plan.values, points: plan.run(plan.values) };
    };
    // The same design again, parameter edits (service time, fleet size), a structural edit, then back.
    for (const scenario of [design, design, slower, moreInstances, withoutEdge, slower, design]) {
      const plan = planner(scenario, 'load', 6);
      expect(plan && { values: plan.values, points: plan.run(plan.values) }).toEqual(fresh(scenario));
    }
    expect(planner(design, 'hitRatio', 3)?.run([0.5])).toEqual(planSweep(design, 'hitRatio', 3)?.run([0.5]));
  }, 120_000);
});
