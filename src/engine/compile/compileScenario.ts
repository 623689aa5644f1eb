import type { Scenario } from '../../model';
import { keptWhileReadsHold, type ReadsMemo } from '../readRecord';
import type { CompiledModel, CompiledTopology } from './compiledModel';
import { compileTopology } from './compileTopology';
import { readParameters } from './readParameters';

/** Each topology with what compiling it read of its scenario (`recordReads`): the key `updateCompiledModel` reuses it by. */
const topologyMemos = new WeakMap<CompiledTopology, ReadsMemo<CompiledTopology>>();

/** Compiles a validated scenario: topology (once per structural change) and parameters. */
export function compileScenario(scenario: Scenario): CompiledModel {
  return compileWith({}, scenario);
}

/**
 * The model for an edited scenario: re-reads only the parameters while every field compiling the
 * previous topology read (ids, kinds, placements, edge endpoints… whatever `compileTopology` reads
 * today) keeps its value (the common case: a field edit), else compiles from scratch. O(fields of the
 * elements the edit replaced).
 */
export function updateCompiledModel(previous: CompiledModel, scenario: Scenario): CompiledModel {
  // A memo of its own: the previous topology keeps its record whatever this scenario compiles to.
  return compileWith({ latest: topologyMemos.get(previous.topology)?.latest }, scenario, previous);
}

function compileWith(memo: ReadsMemo<CompiledTopology>, scenario: Scenario, previous?: CompiledModel): CompiledModel {
  const topology = keptWhileReadsHold(memo, scenario, compileTopology);
  if (topology === previous?.topology) return { scenario, topology, parameters: readParameters(scenario, topology, previous) };
  topologyMemos.set(topology, memo);
  return { scenario, topology, parameters: readParameters(scenario, topology) };
}

/** The same model under a different offered load, requests/s (sweeps): nothing else is recomputed. */
export function withRequestsPerSecond(model: CompiledModel, requestsPerSecond: number): CompiledModel {
  return { ...model, parameters: { ...model.parameters, requestsPerSecond } };
}
