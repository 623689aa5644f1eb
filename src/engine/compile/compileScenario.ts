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

function sameElements<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as T;
    const y = b[i] as T;
    if (x !== y && !same(x, y)) return false;
  }
  return true;
}

/**
 * True when two scenarios have the same `topologyKey`, compared element by element without building
 * the keys (an edited scenario shares most of its element objects with the previous one).
 */
export function sameTopology(a: Scenario, b: Scenario): boolean {
  return (
    sameElements(a.clients, b.clients, (x, y) => x.id === y.id && JSON.stringify(x.location) === JSON.stringify(y.location)) &&
    sameElements(a.groups, b.groups, (x, y) => x.id === y.id && x.parentId === y.parentId && (x.kind === 'region' ? x.regionId : '') === (y.kind === 'region' ? y.regionId : '')) &&
    sameElements(
      a.components,
      b.components,
      (x, y) =>
        x.id === y.id &&
        x.kind === y.kind &&
        x.groupId === y.groupId &&
        (x.kind === 'database' ? x.replicaGroupIds.join(',') : '') === (y.kind === 'database' ? y.replicaGroupIds.join(',') : ''),
    ) &&
    sameElements(a.edges, b.edges, (x, y) => x.id === y.id && x.kind === y.kind && x.from === y.from && x.to === y.to)
  );
}

/**
 * The model for an edited scenario: re-reads only the parameters when the structure is unchanged
 * (the common case: a field edit), else compiles from scratch.
 */
export function updateCompiledModel(previous: CompiledModel, scenario: Scenario): CompiledModel {
  if (!sameTopology(previous.scenario, scenario)) return compileScenario(scenario);
  return { scenario, topology: previous.topology, parameters: readParameters(scenario, previous.topology, previous) };
}

/** The same model under a different offered load, requests/s (sweeps): nothing else is recomputed. */
export function withRequestsPerSecond(model: CompiledModel, requestsPerSecond: number): CompiledModel {
  return { ...model, parameters: { ...model.parameters, requestsPerSecond } };
}
