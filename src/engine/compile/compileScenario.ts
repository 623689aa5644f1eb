import type { Scenario } from '../../model';
import { readsHold, recordReads, type ReadRecord } from '../readRecord';
import type { CompiledModel, CompiledTopology } from './compiledModel';
import { compileTopology } from './compileTopology';
import { readParameters } from './readParameters';

/** What compiling each topology read of its scenario (`recordReads`): the key `updateCompiledModel` reuses it by. */
const topologyReads = new WeakMap<CompiledTopology, ReadRecord>();

/** Compiles a validated scenario: topology (once per structural change) and parameters. */
export function compileScenario(scenario: Scenario): CompiledModel {
  const { result: topology, record } = recordReads(scenario, compileTopology);
  topologyReads.set(topology, record);
  return { scenario, topology, parameters: readParameters(scenario, topology) };
}

/**
 * The model for an edited scenario: re-reads only the parameters while every field compiling the
 * previous topology read (ids, kinds, placements, edge endpoints… whatever `compileTopology` reads
 * today) keeps its value (the common case: a field edit), else compiles from scratch. O(fields of the
 * elements the edit replaced).
 */
export function updateCompiledModel(previous: CompiledModel, scenario: Scenario): CompiledModel {
  const reads = topologyReads.get(previous.topology);
  if (reads === undefined || !readsHold(reads, scenario)) return compileScenario(scenario);
  return { scenario, topology: previous.topology, parameters: readParameters(scenario, previous.topology, previous) };
}

/** The same model under a different offered load, requests/s (sweeps): nothing else is recomputed. */
export function withRequestsPerSecond(model: CompiledModel, requestsPerSecond: number): CompiledModel {
  return { ...model, parameters: { ...model.parameters, requestsPerSecond } };
}
