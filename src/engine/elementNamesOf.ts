import { elementNames, type NamedElements } from '../model';
import { readsHold, recordReads, type ReadRecord } from './readRecord';

/** The names last built, with what building them read of the design. */
let latest: { record: ReadRecord; nameOf: (id: string) => string } | undefined;

/**
 * `elementNames(scenario)`, rebuilt only when something it read changed (`recordReads`: the ids and
 * names of populations, groups and components, the ends of edges), so an edit of a number keeps the
 * same function, and what is cached by it (waterfall labels) stays valid. O(elements) to check.
 */
export function elementNamesOf(scenario: NamedElements): (id: string) => string {
  if (latest && readsHold(latest.record, scenario)) return latest.nameOf;
  const { result: nameOf, record } = recordReads(scenario, elementNames);
  latest = { record, nameOf };
  return nameOf;
}
