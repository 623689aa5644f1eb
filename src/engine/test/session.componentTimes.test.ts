import { describe, expect, it } from 'vitest';
import type { Component, Scenario } from '../../model';
import { evaluateStations } from '../capacity/stations';
import { compileScenario, updateCompiledModel } from '../compile/compileScenario';
import { evaluate } from '../evaluate';
import { evaluatePerformance } from '../evaluatePerformance';
import { performanceStructure, unitLoadOf } from '../performanceStructure';
import { recordedRequestWalk } from '../walk/stepRecorder';
import { createEngineSession } from '../session';
import { loadTemplate } from './templateFixtures';

/** `scenario` with component `id` patched, a new object for it and the same objects elsewhere (as the store edits). */
function withComponent(scenario: Scenario, id: string, patch: Record<string, unknown>): Scenario {
  return { ...scenario, components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)) };
}

// A population keeps its component times (and their p99 split) while every entry holds: each edit below
// changes one thing that kept array or split was made from, and the next goes back, so a stale entry,
// a stale count or a split of other figures would show against a fresh evaluation.
describe('component times and the p99 split in an engine session', () => {
  const base = loadTemplate('example-three-tier.json');
  const edits: Array<[string, Scenario]> = [
    ['a service time (one entry’s moments)', withComponent(base, 'app-a', { serviceTimeMs: 35 })],
    ['a DNS lookup (the figures move, no entry does)', withComponent(base, 'dns', { lookupMs: 20 })],
    ['every lookup a cache hit (the database leaves the path: fewer entries)', withComponent(base, 'cache', { hitRatio: 1 })],
    ['a rename (an entry’s name only)', withComponent(base, 'db', { name: 'Orders' })],
    ['another entry renamed', withComponent(base, 'app-a', { name: 'Web servers' })],
    ['more load (every station moves)', { ...base, workload: { ...base.workload, requestsPerSecond: 900 } }],
  ];

  it('gives a fresh evaluation’s p99 split after each edit, after going back, and edit after edit', () => {
    const session = createEngineSession();
    session.evaluate(base);
    const splits = (scenario: Scenario) => Object.values(evaluate(scenario).latency.byPopulation).map((s) => s.p99Breakdown);
    const sessionSplits = (scenario: Scenario) => Object.values(session.evaluate(scenario).latency.byPopulation).map((s) => s.p99Breakdown);
    for (const [what, edited] of edits) {
      expect(sessionSplits(edited), what).toEqual(splits(edited));
      expect(sessionSplits(base), `${what}, undone`).toEqual(splits(base));
    }
    for (const [what, edited] of edits) expect(sessionSplits(edited), `${what}, in a row`).toEqual(splits(edited));
  });

  it('keeps a population’s split object while an edit leaves its times and figures alone', () => {
    const session = createEngineSession();
    const before = session.evaluate(base).latency.byPopulation['users-eu']?.p99Breakdown;
    const renamedClient = { ...base, clients: base.clients.map((c) => (c.id === 'users-us' ? { ...c, name: 'Americas' } : c)) };
    expect(session.evaluate(renamedClient).latency.byPopulation['users-eu']?.p99Breakdown).toBe(before);
  });
});

// The per-visit moments kept with a recording follow its leaves one revision at a time (`perVisitTable`):
// a recording retargeted twice between two evaluations (revision skipped) must redo every component,
// not only those whose leaves the latest retargeting changed.
describe('per-visit moments kept with a recorded request walk', () => {
  const base = loadTemplate('example-three-tier.json');
  const slowA = withComponent(base, 'app-a', { serviceTimeMs: 35 });
  const slowAB = withComponent(slowA, 'app-b', { serviceTimeMs: 45 });

  it('after a retargeting no component times were read of, gives a fresh evaluation’s component times', () => {
    let model = compileScenario(base);
    evaluatePerformance(model);
    model = updateCompiledModel(model, slowA);
    const stations = evaluateStations(model, unitLoadOf(model), model.parameters.requestsPerSecond);
    recordedRequestWalk(model, performanceStructure(model).plans, stations);
    model = updateCompiledModel(model, slowAB);
    const fresh = evaluatePerformance(compileScenario(slowAB)).latency.byPopulation;
    const kept = evaluatePerformance(model).latency.byPopulation;
    expect(Object.values(kept).map((s) => s.p99Breakdown)).toEqual(Object.values(fresh).map((s) => s.p99Breakdown));
  });
});
