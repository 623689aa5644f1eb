import type { Scenario } from '../model';

type ListKey = 'clients' | 'groups' | 'components' | 'edges';
type FieldKey = Exclude<keyof Scenario, ListKey | 'layout'>;

const listKeys: readonly ListKey[] = ['clients', 'groups', 'components', 'edges'];

/** A list whose elements kept their ids and order: only the replaced elements, by index. */
interface ListReplacements<T> {
  length: number;
  replaced: Array<[index: number, element: T]>;
}

type ListPatch<T> = { kind: 'whole'; list: T[] } | ({ kind: 'replace' } & ListReplacements<T>);

/**
 * The difference between two engine inputs: scenario-level fields that changed, and per list either
 * the replaced elements (a parameter edit) or the whole list (anything structural).
 */
export interface ScenarioPatch {
  fields: Partial<Pick<Scenario, FieldKey>>;
  lists: { [K in ListKey]?: ListPatch<Scenario[K][number]> };
}

function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListPatch<T> {
  if (before.length !== after.length) return { kind: 'whole', list: [...after] };
  const replaced: Array<[number, T]> = [];
  for (let index = 0; index < after.length; index += 1) {
    const was = before[index] as T;
    const now = after[index] as T;
    if (was.id !== now.id) return { kind: 'whole', list: [...after] };
    if (was !== now) replaced.push([index, now]);
  }
  return { kind: 'replace', length: after.length, replaced };
}

/** What changed from `before` to `after`, comparing by reference (commands keep untouched parts). */
export function diffScenario(before: Scenario, after: Scenario): ScenarioPatch {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Scenario)[]) {
    if (key === 'layout' || listKeys.includes(key as ListKey)) continue;
    if (before[key] !== after[key]) fields[key] = after[key];
  }
  if (before.description !== undefined && after.description === undefined) fields.description = undefined;
  const lists: Record<string, unknown> = {};
  for (const key of listKeys) {
    if (before[key] !== after[key]) lists[key] = diffList<{ id: string }>(before[key], after[key]);
  }
  return { fields, lists } as ScenarioPatch;
}

function applyList<T>(list: readonly T[], patch: ListPatch<T> | undefined): T[] {
  if (!patch) return list as T[];
  if (patch.kind === 'whole') return patch.list;
  if (patch.length !== list.length) throw new Error(`scenario patch expects ${patch.length} elements, the document has ${list.length}`);
  const next = [...list];
  for (const [index, element] of patch.replaced) next[index] = element;
  return next;
}

/** `document` with `patch` applied; unchanged parts are kept as they are. */
export function applyScenarioPatch(document: Scenario, patch: ScenarioPatch): Scenario {
  const next = { ...document, ...patch.fields } as Scenario;
  if ('description' in patch.fields && patch.fields.description === undefined) delete next.description;
  next.clients = applyList(document.clients, patch.lists.clients);
  next.groups = applyList(document.groups, patch.lists.groups);
  next.components = applyList(document.components, patch.lists.components);
  next.edges = applyList(document.edges, patch.lists.edges);
  return next;
}
