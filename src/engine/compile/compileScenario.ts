import type { Scenario } from '../../model';
import type { CompiledModel } from './compiledModel';
import { compileTopology } from './compileTopology';
import { readParameters } from './readParameters';

/** Compiles a validated scenario: topology (once per structural change) and parameters. */
export function compileScenario(scenario: Scenario): CompiledModel {
  const topology = compileTopology(scenario);
  return { scenario, topology, parameters: readParameters(scenario, topology) };
}

/** The structural fingerprint of a scenario: element ids, kinds, placements and edge endpoints. */
export function topologyKey(scenario: Scenario): string {
  const parts: string[] = [];
  for (const client of scenario.clients) parts.push(`p:${client.id}:${JSON.stringify(client.location)}`);
  for (const group of scenario.groups) parts.push(`g:${group.id}:${group.parentId ?? ''}:${group.kind === 'region' ? group.regionId : ''}`);
  for (const c of scenario.components) parts.push(`c:${c.id}:${c.kind}:${c.groupId ?? ''}:${c.kind === 'database' ? c.replicaGroupIds.join(',') : ''}`);
  for (const edge of scenario.edges) parts.push(`e:${edge.id}:${edge.kind}:${edge.from}:${edge.to}`);
  return parts.join('|');
}

/**
 * The model for an edited scenario: re-reads only the parameters when the structure is unchanged
 * (the common case: a field edit), else compiles from scratch.
 */
export function updateCompiledModel(previous: CompiledModel, scenario: Scenario): CompiledModel {
  if (topologyKey(previous.scenario) !== topologyKey(scenario)) return compileScenario(scenario);
  return { scenario, topology: previous.topology, parameters: readParameters(scenario, previous.topology) };
}

/** The same model under a different offered load, requests/s (sweeps): nothing else is recomputed. */
export function withRequestsPerSecond(model: CompiledModel, requestsPerSecond: number): CompiledModel {
  return { ...model, parameters: { ...model.parameters, requestsPerSecond } };
}
