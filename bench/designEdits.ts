// The edits the benchmarks make to a synthetic design (bench/syntheticScenario.ts): a parameter edit and
// a structural one, the i-th touching the (i mod 16)-th of 16 components spread through the design.
import { createComponent, createEdge, type Scenario } from '../src/model';

/** The `i`-th of 16 compute components spread evenly through the design (not only its first layer). */
function spreadCompute(scenario: Scenario, i: number): string {
  const computes = scenario.components.filter((c) => c.kind === 'compute');
  return computes[Math.floor(((i % 16) * computes.length) / 16)]?.id ?? '';
}

/**
 * A parameter-only edit of one compute component: its service time on even `i`, its instance count on
 * odd `i` (the browser bench's edit). Both kinds, because they take different paths: no availability or
 * recovery figure reads a service time, while a fleet size changes them all. Each round of 16 types
 * service times not typed before (+0.01 ms a round), as a person trying values does, so that no cache
 * keyed by values is hit only because the bench repeats itself; fleet sizes stay among 2–8.
 */
export function parameterEdit(scenario: Scenario, i: number): Scenario {
  const target = spreadCompute(scenario, i);
  const edit = i % 2 === 0 ? { serviceTimeMs: 1 + ((i * 3) % 7) + 0.01 * Math.floor(i / 16) } : { instances: 2 + ((i * 3) % 7) };
  return { ...scenario, components: scenario.components.map((c) => (c.id === target && c.kind === 'compute' ? { ...c, ...edit } : c)) };
}

/** A structural edit: a new cache (a new id for every `i`) placed beside a compute component and looked up by it. */
export function structuralEdit(scenario: Scenario, i: number): Scenario {
  const caller = scenario.components.find((c) => c.id === spreadCompute(scenario, i));
  const id = `bench-cache-${i}`;
  const edge = createEdge('call', `bench-edge-${i}`, caller?.id ?? '', id);
  return { ...scenario, components: [...scenario.components, { ...createComponent('cache', id, id, caller?.groupId ?? null), nodes: 2 }], edges: [...scenario.edges, edge.kind === 'call' ? { ...edge, appliesTo: 'reads' } : edge] };
}

export type EditKind = 'parameter' | 'structural';

/** `rounds` rounds of the 16 edits of `kind` the engine benchmarks make, each round with new values or ids. */
export function editsOfKind(scenario: Scenario, kind: EditKind, rounds = 1): Scenario[] {
  return Array.from({ length: 16 * rounds }, (_, i) => (kind === 'parameter' ? parameterEdit(scenario, i) : structuralEdit(scenario, i)));
}
