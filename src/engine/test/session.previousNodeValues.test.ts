import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createComponent, createEdge, type Component, type Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { planSweep } from '../sweep/sweepPlan';
import { createEngineSession } from '../session';

/** `scenario` with component `id` patched, a new object for it and the same objects elsewhere (as the store edits). */
function withComponent(scenario: Scenario, id: string, patch: Record<string, unknown>): Scenario {
  return { ...scenario, components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)) };
}

// The latency runner gives a program node back the value it held before its latest recompute when its
// inputs come back to those (PreviousNodeValues). Each step below sets a service time back, moves
// another, moves the grid (a slow service time), changes the structure and back, or repeats an
// earlier state, so that a value taken back under the wrong inputs, or one whose slot was freed,
// would show against a fresh evaluation.
describe('previous node values in an engine session', () => {
  const base = syntheticScenario(40, 3);
  const computes = base.components.filter((c) => c.kind === 'compute').map((c) => c.id);
  const [first = '', second = '', third = ''] = [computes[0], computes[Math.floor(computes.length / 2)], computes[computes.length - 1]];
  const firstSlower = withComponent(base, first, { serviceTimeMs: 9 });
  const secondSlower = withComponent(base, second, { serviceTimeMs: 7 });
  const both = withComponent(firstSlower, second, { serviceTimeMs: 7 });
  const gridMoved = withComponent(base, third, { serviceTimeMs: 400 });
  const cache = { ...createComponent('cache', 'extra-cache', 'extra-cache', base.components.find((c) => c.id === first)?.groupId ?? null), nodes: 2 };
  const edge = createEdge('call', 'extra-edge', first, 'extra-cache');
  const structural: Scenario = { ...firstSlower, components: [...firstSlower.components, cache], edges: [...firstSlower.edges, edge.kind === 'call' ? { ...edge, appliesTo: 'reads' } : edge] };
  const steps: Array<[string, Scenario]> = [
    ['one service time moved', firstSlower],
    ['set back, another moved', secondSlower],
    ['both moved', both],
    ['the first again alone', firstSlower],
    ['back to the start', base],
    ['a slow service time (a new grid)', gridMoved],
    ['back to the start after the grid moved', base],
    ['the first again', firstSlower],
    ['a cache added (a new structure taking over the runner)', structural],
    ['the cache removed', firstSlower],
    ['both again', both],
    ['back to the start', base],
  ];

  it('gives a fresh evaluation’s report after every step, twice through', () => {
    const session = createEngineSession();
    session.evaluate(base);
    for (const round of [1, 2]) for (const [what, scenario] of steps) expect(session.evaluate(scenario), `${what}, round ${round}`).toEqual(evaluate(scenario));
  }, 120_000);

  // A sweep's runner keeps no previous values (each point is a new load) and is the donor of the next
  // structure's runner: a set-back after it must still match a fresh evaluation, and so must its points.
  it('gives a fresh evaluation’s report after a load sweep between edits', () => {
    const session = createEngineSession();
    session.evaluate(base);
    session.evaluate(firstSlower);
    const plan = planSweep(firstSlower, 'load', 6);
    const points = plan?.run(plan.values) ?? [];
    expect(points).toHaveLength(6);
    for (const point of points) expect(point.p99Ms, `p99 at ${point.x} req/s`).toBe(evaluate({ ...firstSlower, workload: { ...firstSlower.workload, requestsPerSecond: point.x } }).latency.overall.p99Ms);
    for (const [what, scenario] of [['set back after the sweep', base], ['the first again', firstSlower], ['both moved', both]] as const) expect(session.evaluate(scenario), what).toEqual(evaluate(scenario));
  }, 120_000);
});
