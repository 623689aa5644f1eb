import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createExampleScenario, parseScenario, type Component, type Edge, type Scenario } from '../../model';
import { compileScenario, updateCompiledModel, withRequestsPerSecond } from '../compile/compileScenario';
import type { CompiledModel } from '../compile/compiledModel';
import { propagateLoad } from '../capacity/propagateLoad';
import { evaluateStations } from '../capacity/stations';
import { evaluatePerformance } from '../evaluatePerformance';
import type { PopulationDistributions } from '../spectral/populationDistribution';
import { referenceDistributions } from '../walk/referenceDistributions';
import { performanceStructure } from '../performanceStructure';
import { sweepLoad } from '../sweep/sweepLoad';
import { sweepPointOf } from '../sweep/sweepPoint';

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');
const templates = readdirSync(templatesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const parsed = parseScenario(readFileSync(join(templatesDir, file), 'utf8'));
    if (!parsed.ok) throw new Error(file);
    return parsed.scenario;
  });

/** The largest relative difference between two sets of population distributions (knots and probabilities). */
function largestDifference(a: PopulationDistributions, b: PopulationDistributions): number {
  expect(a.map((d) => d === null)).toEqual(b.map((d) => d === null));
  let largest = 0;
  a.forEach((d, p) => {
    const e = b[p];
    if (!d || !e) return;
    expect(d.cdf.timesMs.length).toBe(e.cdf.timesMs.length);
    const relative = (x: number, y: number) => Math.abs(x - y) / Math.max(1, Math.abs(y));
    d.cdf.timesMs.forEach((t, i) => (largest = Math.max(largest, relative(t, e.cdf.timesMs[i] ?? 0), relative(d.cdf.cumulative[i] ?? 0, e.cdf.cumulative[i] ?? 0))));
    largest = Math.max(largest, relative(d.meanMs, e.meanMs));
  });
  return largest;
}

function programAndReference(model: CompiledModel): [PopulationDistributions, PopulationDistributions] {
  const structure = performanceStructure(model);
  const unitLoad = propagateLoad(withRequestsPerSecond(model, 1), structure.plans);
  const stations = evaluateStations(model, unitLoad, model.parameters.requestsPerSecond);
  return [structure.latency.run(model, stations), referenceDistributions(model, structure.plans, stations)];
}

/** The scenario with `edit` applied to component `id`. */
function withComponent(scenario: Scenario, id: string, edit: (component: Component) => Component): Scenario {
  return { ...scenario, components: scenario.components.map((c) => (c.id === id ? edit(c) : c)) };
}

function withEdge(scenario: Scenario, id: string, edit: (edge: Edge) => Edge): Scenario {
  return { ...scenario, edges: scenario.edges.map((e) => (e.id === id ? edit(e) : e)) };
}

describe('the latency program computes what the request walk defines', () => {
  it.each([createExampleScenario(), ...templates, syntheticScenario(60, 3)].map((s) => [s.name, s] as const))('%s: same distributions as referenceDistributions', (_, scenario) => {
    for (const load of [scenario.workload.requestsPerSecond, scenario.workload.requestsPerSecond * 4]) {
      const [program, reference] = programAndReference(compileScenario({ ...scenario, workload: { ...scenario.workload, requestsPerSecond: load } }));
      expect(largestDifference(program, reference)).toBeLessThan(1e-9);
    }
  });
});

describe('reusing a compiled program never changes a result', () => {
  const example = createExampleScenario();
  const synthetic = syntheticScenario(60, 5);
  const cache = synthetic.components.find((c) => c.kind === 'cache')?.id ?? '';
  const service = synthetic.components.find((c) => c.kind === 'compute' && c.id.endsWith('-3'))?.id ?? '';
  const fanEdge = synthetic.edges.find((e) => e.kind === 'call' && e.parallelGroup !== null)?.id ?? '';
  const edits: Array<[string, Scenario]> = [
    ['service time', withComponent(synthetic, service, (c) => (c.kind === 'compute' ? { ...c, serviceTimeMs: 7.5, serviceTimeCv: 2 } : c))],
    ['instances (queueing)', withComponent(synthetic, service, (c) => (c.kind === 'compute' ? { ...c, instances: 1, concurrency: 1 } : c))],
    ['hit ratio', withComponent(synthetic, cache, (c) => (c.kind === 'cache' ? { ...c, hitRatio: 0.2 } : c))],
    ['calls per request of a fan-out', withEdge(synthetic, fanEdge, (e) => (e.kind === 'call' ? { ...e, callsPerRequest: 2.5 } : e))],
    ['a timeout with retries', withEdge(synthetic, fanEdge, (e) => (e.kind === 'call' ? { ...e, timeoutMs: 12, retries: 2 } : e))],
    ['load', { ...synthetic, workload: { ...synthetic.workload, requestsPerSecond: 2000 } }],
    ['read fraction', { ...synthetic, workload: { ...synthetic.workload, readFraction: 1 } }],
    ['DNS routing', withComponent(synthetic, 'dns', (c) => (c.kind === 'dns' ? { ...c, routing: 'weighted' } : c))],
    ['a parallel group (structural parameter)', withEdge(synthetic, fanEdge, (e) => (e.kind === 'call' ? { ...e, parallelGroup: null } : e))],
    ['database model', withComponent(example, 'db', (c) => (c.kind === 'database' ? { ...c, model: 'leaderless', quorum: { n: 2, r: 1, w: 2 } } : c))],
  ];

  it.each(edits)('after an edit of %s, the report equals a fresh evaluation, and again after undoing it', (_, edited) => {
    const original = edited.id === example.id ? example : synthetic;
    let model = compileScenario(original);
    const before = evaluatePerformance(model);
    model = updateCompiledModel(model, edited);
    expect(evaluatePerformance(model)).toEqual(evaluatePerformance(compileScenario(edited)));
    model = updateCompiledModel(model, original);
    expect(evaluatePerformance(model)).toEqual(before);
  });

  it('a load sweep gives at every point what a fresh evaluation at that load gives, to the bit', () => {
    const loads = [0, 500, 1500, 3000, 6000];
    for (const scenario of [example, synthetic]) {
      const points = sweepLoad(compileScenario(scenario), loads);
      loads.forEach((x, i) => expect(points[i]).toEqual(sweepPointOf(x, evaluatePerformance(compileScenario({ ...scenario, workload: { ...scenario.workload, requestsPerSecond: x } })))));
    }
  });
});
