import * as Y from 'yjs';
import { isReservedKey, parseScenario, type ParseResult, type Scenario } from '../model';

/**
 * A scenario in a shared Y.Doc, one map entry per element so that two people editing different
 * elements never overwrite each other (the same element: the last edit wins):
 * `fields` (name, workload, recovery, settings…), `clients` / `groups` / `components` / `edges`
 * (id → { at, item }, `at` ordering the array), and `layout` (id → position).
 */

const collections = ['clients', 'groups', 'components', 'edges'] as const;
type Collection = (typeof collections)[number];
type ScenarioFields = Omit<Scenario, Collection | 'layout'>;

interface Entry {
  at: number;
  item: unknown;
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const fieldsOf = (scenario: Scenario): ScenarioFields => {
  const { clients: _c, groups: _g, components: _m, edges: _e, layout: _l, ...fields } = scenario;
  return fields;
};

/** Writes into `map` the keys of `next` that differ from `previous` (null: from what `map` holds), and deletes the keys gone. */
function writeRecord(map: Y.Map<unknown>, previous: Record<string, unknown> | null, next: Record<string, unknown>, toValue: (key: string, value: unknown) => unknown): void {
  for (const [key, value] of Object.entries(next)) {
    if (previous ? previous[key] === value : sameJson(map.get(key), toValue(key, value))) continue;
    map.set(key, toValue(key, value));
  }
  for (const key of map.keys()) if (!Object.hasOwn(next, key)) map.delete(key);
}

const byId = (items: readonly { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, item]));

/**
 * Writes `next` into `doc`, in one transaction with `origin`. With `previous` (what the doc held,
 * as this client last read or wrote it), only elements that changed by reference are written;
 * without, every element is compared with the doc's own copy (to repair a doc others left invalid).
 */
export function writeScenarioToDoc(doc: Y.Doc, previous: Scenario | null, next: Scenario, origin: unknown): void {
  doc.transact(() => {
    const root = doc.getMap<Y.Map<unknown>>('scenario');
    const mapOf = (key: string) => {
      let map = root.get(key);
      if (!(map instanceof Y.Map)) root.set(key, (map = new Y.Map()));
      return map;
    };
    writeRecord(mapOf('fields'), previous ? fieldsOf(previous) : null, fieldsOf(next), (_key, value) => value);
    for (const name of collections) {
      const items: readonly { id: string }[] = next[name];
      const order = new Map(items.map((item, index) => [item.id, index]));
      const map = mapOf(name);
      // An element keeps the place it was given; the ones added now go after it (index among the others).
      const placed = (id: string, item: unknown): Entry => {
        const held = map.get(id) as Entry | undefined;
        return { at: typeof held?.at === 'number' ? held.at : (order.get(id) ?? 0), item };
      };
      writeRecord(map, previous ? byId(previous[name]) : null, byId(items), (id, item) => placed(id, item));
    }
    writeRecord(mapOf('layout'), previous?.layout.nodes ?? null, next.layout.nodes, (_key, value) => value);
  }, origin);
}

/** Whether the doc holds a scenario at all (an empty room has none yet). */
export function docHasScenario(doc: Y.Doc): boolean {
  return doc.getMap('scenario').get('fields') instanceof Y.Map;
}

type Reading = { ok: true; value: Record<string, unknown> } | { ok: false; path: string };

/** A Y.Map's entries as a prototype-free record, refusing keys that reach prototypes. */
function recordOf(map: unknown, path: string): Reading {
  if (!(map instanceof Y.Map)) return { ok: false, path };
  const record: Record<string, unknown> = Object.create(null);
  for (const [key, value] of map.entries()) {
    if (isReservedKey(key)) return { ok: false, path: `${path}.${key}` };
    record[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  }
  return { ok: true, value: record };
}

/**
 * Reads the scenario out of a doc that arrived from the relay, through the one door for untrusted
 * input (parseScenario): a malformed or hostile doc gives issues naming the path, never a scenario.
 */
export function readScenarioFromDoc(doc: Y.Doc): ParseResult {
  const root = doc.getMap('scenario');
  const document: Record<string, unknown> = {};
  const problem = (path: string): ParseResult => ({ ok: false, issues: [{ path, message: 'is not what a shared design holds here' }] });
  const fields = recordOf(root.get('fields'), 'fields');
  if (!fields.ok) return problem(fields.path);
  Object.assign(document, { ...fields.value });
  for (const name of collections) {
    const entries = recordOf(root.get(name), name);
    if (!entries.ok) return problem(entries.path);
    const sorted: [string, Entry][] = [];
    for (const [id, entry] of Object.entries(entries.value)) {
      if (typeof entry !== 'object' || entry === null || typeof (entry as Entry).at !== 'number') return problem(`${name}.${id}`);
      sorted.push([id, entry as Entry]);
    }
    sorted.sort(([idA, a], [idB, b]) => a.at - b.at || (idA < idB ? -1 : 1));
    document[name] = sorted.map(([, entry]) => entry.item);
  }
  const layout = recordOf(root.get('layout'), 'layout');
  if (!layout.ok) return problem(layout.path);
  document.layout = { nodes: { ...layout.value } };
  return parseScenario(document);
}
