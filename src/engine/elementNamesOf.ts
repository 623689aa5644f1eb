import { elementNames, type NamedElements } from '../model';
import { keptWhileReadsHold, type ReadsMemo } from './readRecord';

/** The names last built, with what building them read of the design. */
const latest: ReadsMemo<(id: string) => string> = {};

/**
 * `elementNames(scenario)`, rebuilt only when something it read changed (`recordReads`: the ids and
 * names of populations, groups and components, the ends of edges), so an edit of a number keeps the
 * same function, and what is cached by it (waterfall labels) stays valid. O(elements) to check.
 */
export function elementNamesOf(scenario: NamedElements): (id: string) => string {
  return keptWhileReadsHold(latest, scenario, elementNames);
}
