import { elementNames, type Component } from '../../model';
import type { CompiledTopology } from '../compile/compiledModel';
import { consistencyOf, servesStaleReads } from './consistencyOf';

/** The consistency row's figures: each data store's consistency in words, and how many may serve stale reads. */
export interface ConsistencyFigures {
  byStore: Record<string, string>;
  staleReadStores: number;
  /** The row's values: `staleReadStores`, then each store's consistency by id. */
  values: Record<string, string | number>;
  summary: string;
}

/** Kinds `consistencyOf` describes. */
export const dataStoreKinds: ReadonlySet<string> = new Set(['database', 'cache', 'objectStorage', 'queue']);

/** The latest figures per topology, with the store objects they describe: an edit elsewhere keeps every store object. */
const latest = new WeakMap<CompiledTopology, { stores: Component[]; figures: ConsistencyFigures }>();

/** Consistency of every data store of `components` (`consistencyOf`), in order; `topology` is theirs. */
export function consistencyFigures(topology: CompiledTopology, components: readonly Component[]): ConsistencyFigures {
  const stores = components.filter((component) => dataStoreKinds.has(component.kind));
  const kept = latest.get(topology);
  if (kept && kept.stores.length === stores.length && stores.every((store, i) => store === kept.stores[i])) return kept.figures;
  const byStore: Record<string, string> = {};
  for (const store of stores) byStore[store.id] = consistencyOf(store) ?? '';
  const entries = Object.entries(byStore);
  // Named among the stores only: the figures are kept while the store objects are, whatever else is renamed.
  const nameOf = elementNames({ clients: [], groups: [], components: stores });
  const staleReadStores = components.filter(servesStaleReads).length;
  const figures = {
    byStore,
    staleReadStores,
    values: { staleReadStores, ...byStore },
    summary: entries.length === 0 ? 'no data stores' : entries.map(([id, text]) => `${nameOf(id)}: ${text}`).join('; '),
  };
  latest.set(topology, { stores, figures });
  return figures;
}
