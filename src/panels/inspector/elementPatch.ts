import { withDatabaseModel, withReplicaGroups, type ElementPatch, type ElementRef } from '../../commands';
import type { DatabaseComponent } from '../../model';
import { setIn } from './fields/fieldValue';

/** What a database change brings along, so a model switch never leaves a shape the new model refuses. */
function databasePatch(database: DatabaseComponent, key: string, value: unknown): ElementPatch | null {
  if (key === 'model') {
    const { model, replicaGroupIds, quorum } = withDatabaseModel(database, value as DatabaseComponent['model']);
    return { model, replicaGroupIds, quorum };
  }
  if (key === 'replicaGroupIds') {
    const { replicaGroupIds, quorum } = withReplicaGroups(database, value as string[]);
    return { replicaGroupIds, quorum };
  }
  return null;
}

/** The patch that sets the field at `path` of an element to `value`. */
export function elementPatch(ref: ElementRef, path: readonly string[], value: unknown): ElementPatch {
  const [key, ...rest] = path;
  if (key === undefined) return {};
  if (ref.type === 'component' && ref.element.kind === 'database' && rest.length === 0) {
    const special = databasePatch(ref.element, key, value);
    if (special) return special;
  }
  const current = (ref.element as Record<string, unknown>)[key];
  return { [key]: rest.length === 0 ? value : setIn(current, rest, value) } as ElementPatch;
}
