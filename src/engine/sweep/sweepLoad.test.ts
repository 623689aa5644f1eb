import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { evaluate } from '../evaluate';
import { createRandomStream } from '../random';
import { loadTemplate } from '../test/templateFixtures';
import { planSweep } from './sweepPlan';

// SPEC §6: a point of a sweep never depends on which points were computed before it (the pool
// shares a curve's chunks out among workers, each reusing its latency runner from point to point).
describe('load sweep points are independent of the points computed before them', () => {
  const designs = [
    ['multi-az-three-tier.json', loadTemplate('multi-az-three-tier.json')],
    ['two-region-active-active.json', loadTemplate('two-region-active-active.json')],
    ['a synthetic 60-component design', syntheticScenario(60, 11)],
  ] as const;
  for (const [name, scenario] of designs) {
    it(name, () => {
      const values = planSweep(scenario, 'load', 12)?.values ?? [];
      expect(values).toHaveLength(12);
      // Each point alone, in a plan of its own: nothing computed before it.
      const alone = values.map((x) => planSweep(scenario, 'load', 12)?.run([x])[0]);
      const random = createRandomStream(20);
      const shuffled = values.map((x) => ({ x, key: random.nextOpenUnit() })).sort((a, b) => a.key - b.key).map(({ x }) => x);
      const plan = planSweep(scenario, 'load', 12);
      // One plan, its points one by one in a shuffled order, then backwards in one run, then all in one run.
      for (const x of shuffled) expect(plan?.run([x])[0], `${name} at ${x} req/s after others`).toEqual(alone[values.indexOf(x)]);
      expect(plan?.run([...values].reverse())).toEqual([...alone].reverse());
      expect(plan?.run(values)).toEqual(alone);
    }, 120_000);
  }
});

// Each point is what a fresh evaluation of the design at that load reports: p99 (and the other
// percentiles), the busiest station's utilization, saturation and cost, whether the point is computed
// alone, first, last or after the others.
describe('a load sweep point is a fresh evaluation at that load', () => {
  const designs = [
    ['shop-microservices.json', loadTemplate('shop-microservices.json')],
    ['event-driven-queues.json', loadTemplate('event-driven-queues.json')],
    ['a synthetic 60-component design', syntheticScenario(60, 7)],
  ] as const;
  for (const [name, scenario] of designs) {
    it(name, () => {
      const plan = planSweep(scenario, 'load', 9);
      const values = plan?.values ?? [];
      expect(values).toHaveLength(9);
      const afterOthers = plan?.run([...values.slice(5), ...values.slice(0, 5)]) ?? [];
      for (const x of [values[0], values[3], values[7], values[8]]) {
        if (x === undefined) throw new Error('a value of the plan is missing');
        const report = evaluate({ ...scenario, workload: { ...scenario.workload, requestsPerSecond: x } });
        const utilizations = Object.values(report.capacity.utilization);
        const fresh = {
          x,
          p50Ms: report.latency.overall.p50Ms,
          p95Ms: report.latency.overall.p95Ms,
          p99Ms: report.latency.overall.p99Ms,
          meanMs: report.latency.overall.meanMs,
          saturated: report.latency.overall.saturated || report.capacity.saturated,
          maxUtilization: utilizations.length === 0 ? 0 : Math.max(...utilizations),
          monthlyUsd: report.cost.monthlyUsd,
        };
        expect(planSweep(scenario, 'load', 9)?.run([x])[0], `${name} at ${x} req/s, alone`).toEqual(fresh);
        expect(afterOthers.find((point) => point.x === x), `${name} at ${x} req/s, after others`).toEqual(fresh);
      }
    }, 120_000);
  }
});
