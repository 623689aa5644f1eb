import { describe, expect, it } from 'vitest';
import type { Component, Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';
import { loadTemplate } from './templateFixtures';

/** `scenario` with component `id` patched, a new object for it and the same objects elsewhere (as the store edits). */
function withComponent(scenario: Scenario, id: string, patch: Record<string, unknown>): Scenario {
  return { ...scenario, components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)) };
}

// A station keeps its queueing state while its servers, per-unit arrivals, service time and cv read the
// same, and the recorded walk's station leaves are retargeted once per station: each edit below changes
// one of those numbers at one or every station (or what a database copy serves), and the next goes back.
describe('stations and the recorded walk’s station leaves in an engine session', () => {
  const base = loadTemplate('example-three-tier.json');
  const autoscaled = withComponent(base, 'app-a', { autoscaling: { enabled: true, min: 2, max: 10, targetUtilization: 0.6, scaleUpSeconds: 180 } });
  const edits: Array<[string, Scenario]> = [
    ['fewer instances (per-unit arrivals)', withComponent(base, 'app-a', { instances: 2 })],
    ['more concurrency (servers)', withComponent(base, 'app-b', { concurrency: 2 })],
    ['a service time', withComponent(base, 'app-b', { serviceTimeMs: 45 })],
    ['a service cv', withComponent(base, 'app-a', { serviceTimeCv: 2.5 })],
    ['a database’s service time (every copy)', withComponent(base, 'db', { serviceTimeMs: 9 })],
    ['an autoscaled fleet (units from the load)', autoscaled],
    ['the autoscaled fleet at more load', { ...autoscaled, workload: { ...autoscaled.workload, requestsPerSecond: 900 } }],
    ['more load (every station)', { ...base, workload: { ...base.workload, requestsPerSecond: 900 } }],
    ['a saturated fleet', withComponent(base, 'app-a', { instances: 1, concurrency: 1 })],
  ];

  it('gives a fresh evaluation’s report after each edit, after going back, and edit after edit', () => {
    const session = createEngineSession();
    session.evaluate(base);
    for (const [what, edited] of edits) {
      expect(session.evaluate(edited), what).toEqual(evaluate(edited));
      expect(session.evaluate(base), `${what}, undone`).toEqual(evaluate(base));
    }
    for (const [what, edited] of edits) expect(session.evaluate(edited), `${what}, in a row`).toEqual(evaluate(edited));
  });
});
