import { describe, expect, it } from 'vitest';
import { createComponent, createExampleScenario, type Scenario } from '../../model';
import { evaluateStations } from '../capacity/stations';
import { compileScenario, withRequestsPerSecond } from '../compile/compileScenario';
import { unitLoadOf } from '../performanceStructure';
import { loadTemplate, templateFiles } from '../test/templateFixtures';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { evaluateCost, monthlyCostUsd } from './evaluateCost';

/** The bill of `scenario` at `requestsPerSecond`, from the model compiled once (as a load sweep prices it). */
function billAt(model: ReturnType<typeof compileScenario>, requestsPerSecond: number) {
  const at = withRequestsPerSecond(model, requestsPerSecond);
  const unitLoad = unitLoadOf(at);
  return evaluateCost(at, unitLoad, evaluateStations(at, unitLoad, requestsPerSecond), []);
}

/** The bill of a fresh compile of `scenario` at `requestsPerSecond`: nothing priced before. */
function freshBill(scenario: Scenario, requestsPerSecond: number) {
  return billAt(compileScenario({ ...scenario, workload: { ...scenario.workload, requestsPerSecond } }), requestsPerSecond);
}

// The example has a load balancer and DNS (priced by traffic) beside fleets, a cache and a database
// (priced by the hour); a serverless function and an autoscaled fleet are added, priced by requests and
// by the instances the load needs.
const example = createExampleScenario();
const scenario: Scenario = {
  ...example,
  components: [
    ...example.components.map((c) => (c.kind === 'compute' && c.id === 'app-a' ? { ...c, autoscaling: { ...c.autoscaling, enabled: true, min: 1, max: 8 } } : c)),
    { ...createComponent('compute', 'fn', 'fn', example.components.find((c) => c.kind === 'compute')?.groupId ?? null), flavor: 'serverless' as const },
  ],
};

describe('a component is repriced when what its price read changed, never from a stale entry', () => {
  it('the bill at each load equals a fresh one, whatever loads were priced before', () => {
    const model = compileScenario(scenario);
    const loads = [400, 0, 1200, 400, 50, 2000];
    for (const x of loads) expect(billAt(model, x), `at ${x} req/s after others`).toEqual(freshBill(scenario, x));
  });

  it('a change of load keeps the line items of prices traffic does not set, and reprices the others', () => {
    const model = compileScenario(scenario);
    const items = (x: number) => new Map(billAt(model, x).lineItems.map((item) => [item.label, item]));
    const low = items(400);
    const high = items(800);
    const hourly = [...low].filter(([, item]) => item.category === 'database' || item.category === 'cache');
    expect(hourly.length).toBeGreaterThan(0);
    for (const [label, item] of hourly) expect(high.get(label), label).toBe(item);
    const byTraffic = [...low].filter(([label]) => label.startsWith('Lambda') || label.startsWith('queries'));
    expect(byTraffic.length).toBeGreaterThan(0);
    for (const [label, item] of byTraffic) expect(high.get(label)?.value, label).toBeCloseTo(2 * item.value, 9);
  });
});

// A load sweep reads only the monthly total (`monthlyCostUsd`): bit for bit the bill's, whether it is
// priced alone, before or after full bills, on every template (regions, replicas, egress tiers, stand-in
// prices) and on a synthetic design.
describe('the monthly total alone is the bill\'s total', () => {
  const designs: Array<[string, Scenario]> = [['the example with a function and an autoscaled fleet', scenario], ...templateFiles().map((file): [string, Scenario] => [file, loadTemplate(file)]), ['a synthetic 60-component design', syntheticScenario(60, 5)]];
  for (const [name, design] of designs) {
    it(name, () => {
      const loads = [0, 350, 1, 2400, 350];
      const totalAt = (model: ReturnType<typeof compileScenario>, x: number) => {
        const at = withRequestsPerSecond(model, x);
        const unitLoad = unitLoadOf(at);
        return monthlyCostUsd(at, unitLoad, evaluateStations(at, unitLoad, x));
      };
      const model = compileScenario(design);
      for (const x of loads) {
        const bill = freshBill(design, x).monthlyUsd;
        expect(bill, `${name} at ${x} req/s`).toBeGreaterThan(0);
        expect(totalAt(compileScenario(design), x), `${name} at ${x} req/s, alone`).toBe(bill);
        expect(totalAt(model, x), `${name} at ${x} req/s, after others`).toBe(bill);
        expect(billAt(model, x).monthlyUsd, `${name}: the full bill at ${x} req/s after totals alone`).toBe(bill);
      }
    });
  }
});
