import type { Component, DatabaseComponent } from '../../model';
import type { AvailabilityParameters } from '../availability/availabilityParameters';
import type { CompiledAvailability } from '../availability/compileAvailability';
import { bddSinglePointsOfFailure, possibleEventsOf } from '../availability/singlePointsOfFailure';
import { databaseCopyCount } from '../availability/scenarioGraph';

/** Per component index: 1 when losing all of it (every instance, or a database's primary copy) alone fails a population that sends requests. */
const analyses = new WeakMap<AvailabilityParameters, Uint8Array>();

/**
 * Which components fail some population when they are lost whole, everything else up: the single
 * failures of the BDD (`bddSinglePointsOfFailure`) with every failure variable taken as one event, so a
 * fleet of several instances counts as lost with the domain that holds it. Read for component c on its
 * first variable (a fleet's, a cache's, a database's primary copy). O(BDD nodes + roots × depth), once per
 * parameter pass.
 */
export function componentLossFailures(compiled: CompiledAvailability, parameters: AvailabilityParameters): Uint8Array {
  const known = analyses.get(parameters);
  if (known) return known;
  const variables = compiled.structure.tree.variables.map((variable) => ({ ...variable, atomic: true }));
  const { byRoot } = bddSinglePointsOfFailure(compiled.bdd, variables, possibleEventsOf(parameters));
  const failsAlone = new Uint8Array(variables.length);
  byRoot.forEach((list, r) => {
    if ((parameters.rootClassFraction[r] as number) > 0) for (const v of list) failsAlone[v] = 1;
  });
  const { unitVariable } = compiled.traffic;
  const failing = Uint8Array.from(unitVariable, (v) => (v >= 0 ? (failsAlone[v] as number) : 0));
  analyses.set(parameters, failing);
  return failing;
}

/** What a loss takes that the design cannot do without, for the recovery's explanation. */
export interface LossCauses {
  /** Databases with every copy lost: what a restore from backups must bring back. */
  lostDatabases: DatabaseComponent[];
  /** Lost components that alone fail requests, databases to restore first, then in scenario order. */
  causes: Component[];
}

/**
 * The causes of a loss that redundancy does not absorb: of the components `held` (indexes), those whose
 * loss alone fails requests (`failing`), and the databases whose every copy is held (`databaseCopiesLost`
 * by index). Naming them says why the design needs its DR strategy: a single-zone cache, not a database.
 */
export function lossCauses(components: readonly Component[], held: Iterable<number>, databaseCopiesLost: ReadonlyMap<number, number>, failing: Uint8Array): LossCauses {
  const lostDatabases: DatabaseComponent[] = [];
  for (const [c, copies] of databaseCopiesLost) {
    const db = components[c];
    if (db?.kind === 'database' && copies >= databaseCopyCount(db)) lostDatabases.push(db);
  }
  const restored = new Set<Component>(lostDatabases);
  const others = [...held].filter((c) => failing[c] === 1).map((c) => components[c] as Component).filter((c) => !restored.has(c));
  return { lostDatabases, causes: [...lostDatabases, ...others] };
}
