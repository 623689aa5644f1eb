import type { Scenario } from '../model';

const maxIdLength = 64;

/** Every id in use: clients, groups, components and edges share one namespace. */
export function collectIds(scenario: Scenario): Set<string> {
  const ids = new Set<string>();
  for (const list of [scenario.clients, scenario.groups, scenario.components, scenario.edges]) {
    for (const element of list) ids.add(element.id);
  }
  return ids;
}

/**
 * Hands out fresh, readable ids (`compute-3`, `app-a-copy`) that collide with nothing in the
 * scenario nor with each other. Deterministic, so commands stay pure.
 */
export function createIdAllocator(scenario: Scenario): (base: string) => string {
  const taken = collectIds(scenario);
  return (base) => {
    const stem = base.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, maxIdLength - 4) || 'node';
    let id = stem;
    for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  };
}
