import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
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
