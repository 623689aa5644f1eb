import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import type { Component, Edge, Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';
import { loadTemplate } from './templateFixtures';

/** `scenario` with component `id` patched, as the store's commands edit: a new object for it, the same objects elsewhere. */
function withComponent(scenario: Scenario, id: string, patch: Record<string, unknown>): Scenario {
  return { ...scenario, components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)) };
}

/** `scenario` with edge `id` patched. */
function withEdge(scenario: Scenario, id: string, patch: Record<string, unknown>): Scenario {
  return { ...scenario, edges: scenario.edges.map((e) => (e.id === id ? ({ ...e, ...patch } as Edge) : e)) };
}

// The waterfall's caches (the recorded walk kept while the numbers it read hold, its stations' leaves
// set to the new moments; the path plans kept while the recorded walk keeps its shape, the row labels
// kept while the names hold, the rows kept while a population's steps and figures hold) must never
// serve a stale row: each edit below changes what one of them was built from, and goes back.
describe('the latency waterfall in an engine session', () => {
  const base = loadTemplate('example-three-tier.json');
  const edits: Array<[string, Scenario]> = [
    ['a service time (numbers only)', withComponent(base, 'app-a', { serviceTimeMs: 35 })],
    ['another service time (the kept walk, its stations retargeted again)', withComponent(withComponent(base, 'app-a', { serviceTimeMs: 35 }), 'app-b', { serviceTimeMs: 5, serviceTimeCv: 2 })],
    ['a load balancer with no time of its own (a step the walk leaves out)', withComponent(base, 'lb', { serviceTimeMs: 0 })],
    ['a timeout on a call (a step the walk adds)', withEdge(base, 'e-a-db', { timeoutMs: 50, retries: 1 })],
    ['two calls per request', withEdge(base, 'e-b-db', { callsPerRequest: 2 })],
    ['a router weight (the route mixture)', withEdge(withComponent(base, 'lb', { algorithm: 'weighted' }), 'e-lb-a', { weight: 3 })],
    ['app servers with no time of their own (a station the walk leaves out)', withComponent(withComponent(base, 'app-a', { serviceTimeMs: 0 }), 'app-b', { serviceTimeMs: 0 })],
    ['a DNS lookup time', withComponent(base, 'dns', { lookupMs: 20 })],
    ['more load (every station moves)', { ...base, workload: { ...base.workload, requestsPerSecond: 900 } }],
    ['a cache hit ratio (the mixture weights, the visits in labels)', withComponent(base, 'cache', { hitRatio: 0.5 })],
    ['no cache hits (a branch of the mixture dropped)', withComponent(base, 'cache', { hitRatio: 0 })],
    ['a component renamed (labels)', withComponent(base, 'app-b', { name: 'App servers (zone b, new)' })],
    ['two components given one name (labels add the id)', withComponent(base, 'app-b', { name: 'App servers (zone a)' })],
    ['a saturated app server (no waterfall, then one again)', withComponent(base, 'app-a', { serviceTimeMs: 5000 })],
    ['reads only (the write class weighs nothing)', { ...base, workload: { ...base.workload, readFraction: 1 } }],
    ['writes only', { ...base, workload: { ...base.workload, readFraction: 0 } }],
  ];

  it('gives a fresh evaluation’s report after each edit, and after going back', () => {
    const session = createEngineSession();
    session.evaluate(base);
    for (const [what, edited] of edits) {
      expect(session.evaluate(edited).latency, what).toEqual(evaluate(edited).latency);
      expect(session.evaluate(base).latency, `${what}, undone`).toEqual(evaluate(base).latency);
    }
    // The same edits in a row, each from the previous one's caches.
    for (const [what, edited] of edits) expect(session.evaluate(edited).latency, `${what}, after another edit`).toEqual(evaluate(edited).latency);
  });

  it('redoes only the rows a reused recording changed, edit after edit, and the rows of a station changed back', () => {
    const mesh = syntheticScenario(40, 3);
    const fleets = mesh.components.filter((c) => c.kind === 'compute').slice(0, 3);
    const session = createEngineSession();
    session.evaluate(mesh);
    let scenario = mesh;
    // Each edit reuses the recording the previous one left (its leaves retargeted once more); the last puts a time back.
    const times = [7, 2, 11, fleets[0]?.kind === 'compute' ? fleets[0].serviceTimeMs : 1];
    times.forEach((serviceTimeMs, i) => {
      scenario = withComponent(scenario, fleets[i % fleets.length]?.id ?? '', { serviceTimeMs });
      expect(session.evaluate(scenario).latency, `edit ${i}`).toEqual(evaluate(scenario).latency);
    });
    // A rename changes no moment: the same steps, the same rows.
    const renamed = withComponent(scenario, fleets[1]?.id ?? '', { name: 'Renamed fleet' });
    expect(session.evaluate(renamed).latency).toEqual(evaluate(renamed).latency);
  });

  it('keeps the waterfall of a population an edit does not reach (the same rows: nothing to repaint), and redoes the one it reaches', () => {
    const twoRegions = loadTemplate('two-region-active-active.json');
    const session = createEngineSession();
    const before = session.evaluate(twoRegions).latency.byPopulation;
    const edited = withComponent(twoRegions, 'api-west-a', { serviceTimeMs: 40 });
    const after = session.evaluate(edited).latency.byPopulation;
    expect(after).toEqual(evaluate(edited).latency.byPopulation);
    expect(after['users-east']?.waterfall).toBe(before['users-east']?.waterfall);
    expect(after['users-west']?.waterfall).not.toEqual(before['users-west']?.waterfall);
  });
});
