import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createComponent, createEdge, createExampleScenario, type Component, type Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';

/** One edit a person makes in the inspector, applied to component `index` (modulo the count). */
type Edit =
  | { field: 'serviceTimeMs' | 'serviceTimeCv' | 'concurrency' | 'instances'; index: number; value: number }
  | { field: 'name'; index: number; value: string }
  | { field: 'requestsPerSecond' | 'readFraction'; value: number }
  | { field: 'addCache'; index: number }
  | { field: 'removeEdge'; index: number };

const componentEdit = fc.oneof(
  fc.record({ field: fc.constant('serviceTimeMs' as const), index: fc.nat(), value: fc.double({ min: 0.5, max: 40, noNaN: true }) }),
  fc.record({ field: fc.constant('serviceTimeCv' as const), index: fc.nat(), value: fc.constantFrom(0, 0.5, 1, 2) }),
  fc.record({ field: fc.constant('concurrency' as const), index: fc.nat(), value: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ field: fc.constant('instances' as const), index: fc.nat(), value: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ field: fc.constant('name' as const), index: fc.nat(), value: fc.string({ minLength: 1, maxLength: 8 }) }),
);
const workloadEdit = fc.record({ field: fc.constantFrom('requestsPerSecond' as const, 'readFraction' as const), value: fc.double({ min: 0, max: 1, noNaN: true }) });
/** Structural edits: a cache placed beside the `index`-th compute component and read through by it, or an edge removed. */
const structuralEdit = fc.oneof(fc.record({ field: fc.constant('addCache' as const), index: fc.nat() }), fc.record({ field: fc.constant('removeEdge' as const), index: fc.nat() }));
const edit: fc.Arbitrary<Edit> = fc.oneof(componentEdit, workloadEdit, structuralEdit);

/** The scenario with a new cache (2 nodes) in the group of the `index`-th compute component, called by it for reads. */
function addCache(scenario: Scenario, index: number): Scenario {
  const computes = scenario.components.filter((c) => c.kind === 'compute');
  const caller = computes[index % Math.max(1, computes.length)];
  if (!caller) return scenario;
  const id = `fuzz-cache-${scenario.components.length}`;
  const edge = createEdge('call', `${id}-edge`, caller.id, id);
  const cache = { ...createComponent('cache', id, id, caller.groupId), nodes: 2 };
  return { ...scenario, components: [...scenario.components, cache], edges: [...scenario.edges, edge.kind === 'call' ? { ...edge, appliesTo: 'reads' } : edge] };
}

/** Applies an edit as the store's commands do: a new object for what changed, the same objects elsewhere. */
function applyEdit(scenario: Scenario, change: Edit): Scenario {
  if (change.field === 'addCache') return addCache(scenario, change.index);
  if (change.field === 'removeEdge') return { ...scenario, edges: scenario.edges.filter((_, i) => i !== change.index % Math.max(1, scenario.edges.length)) };
  if (!('index' in change)) return { ...scenario, workload: { ...scenario.workload, [change.field]: change.field === 'requestsPerSecond' ? 50 + change.value * 600 : change.value } };
  const target = scenario.components[change.index % scenario.components.length] as Component;
  if (change.field !== 'name' && !(change.field in target)) return scenario;
  const edited = { ...target, [change.field]: change.field === 'instances' ? Math.max(change.value, 'minHealthy' in target ? target.minHealthy : 1) : change.value } as Component;
  return { ...scenario, components: scenario.components.map((c) => (c === target ? edited : c)) };
}

describe('engine session fast path', () => {
  for (const [name, start] of [
    ['the example', createExampleScenario()],
    ['a synthetic 40-component design', syntheticScenario(40, 7)],
  ] as const) {
    it(`gives exactly the report of a fresh evaluation after any sequence of edits (${name})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          const session = createEngineSession();
          let scenario: Scenario = start;
          session.evaluate(scenario);
          for (const change of edits) {
            scenario = applyEdit(scenario, change);
            expect(session.evaluate(scenario)).toEqual(evaluate(scenario));
          }
        }),
        { numRuns: 12, seed: 20261129 },
      );
    }, 120_000);
  }
});
