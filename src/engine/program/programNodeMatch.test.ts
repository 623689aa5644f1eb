import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createComponent, createEdge, createExampleScenario, type Scenario } from '../../model';
import { propagateLoad } from '../capacity/propagateLoad';
import { evaluateStations } from '../capacity/stations';
import { compileScenario, updateCompiledModel, withRequestsPerSecond } from '../compile/compileScenario';
import type { CompiledModel } from '../compile/compiledModel';
import { performanceStructure } from '../performanceStructure';
import { compileLatencyProgram } from './compileLatencyProgram';
import { LatencyProgramRunner } from './latencyRunner';

/** An edit: a cache read through by the `index`-th compute component, an edge removed, or a compute service time changed. */
type Edit = { kind: 'addCache' | 'removeEdge'; index: number } | { kind: 'serviceTime'; index: number; serviceTimeMs: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('addCache' as const, 'removeEdge' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('serviceTime' as const), index: fc.nat(), serviceTimeMs: fc.double({ min: 0.5, max: 30, noNaN: true }) }),
);

function applyEdit(scenario: Scenario, change: Edit): Scenario {
  const computes = scenario.components.filter((c) => c.kind === 'compute');
  const target = computes[change.index % Math.max(1, computes.length)];
  if (change.kind === 'removeEdge') return { ...scenario, edges: scenario.edges.filter((_, i) => i !== change.index % Math.max(1, scenario.edges.length)) };
  if (!target) return scenario;
  if (change.kind === 'serviceTime') return { ...scenario, components: scenario.components.map((c) => (c === target ? { ...target, serviceTimeMs: change.serviceTimeMs } : c)) };
  const id = `match-cache-${scenario.components.length}`;
  const edge = createEdge('call', `${id}-edge`, target.id, id);
  const cache = { ...createComponent('cache', id, id, target.groupId), nodes: 2 };
  return { ...scenario, components: [...scenario.components, cache], edges: [...scenario.edges, edge.kind === 'call' ? { ...edge, appliesTo: 'reads' } : edge] };
}

describe('latency runner taking over from the previous structure', () => {
  for (const [name, start] of [
    ['the example', createExampleScenario()],
    ['a synthetic 60-component design', syntheticScenario(60, 11)],
  ] as const) {
    it(`gives, after structural edits, to the bit what a runner starting from nothing gives (${name})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
          let scenario: Scenario = start;
          let model: CompiledModel | null = null;
          for (const change of [null, ...edits]) {
            if (change) scenario = applyEdit(scenario, change);
            model = model ? updateCompiledModel(model, scenario) : compileScenario(scenario);
            const structure = performanceStructure(model);
            const stations = evaluateStations(model, propagateLoad(withRequestsPerSecond(model, 1), structure.plans), model.parameters.requestsPerSecond);
            const fresh = new LatencyProgramRunner(compileLatencyProgram(model, structure.plans)).run(model, stations);
            expect(structure.latency.run(model, stations)).toEqual(fresh);
          }
        }),
        { numRuns: 10, seed: 20261129 },
      );
    }, 120_000);
  }
});
