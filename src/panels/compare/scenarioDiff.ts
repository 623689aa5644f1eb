import type { Scenario } from '../../model';

/** How a scenario's elements differ from the baseline's, by element id. */
export interface ScenarioDiff {
  /** Ids the baseline does not have. */
  added: ReadonlySet<string>;
  /** Ids both have, with different settings (placement, instances, routing…; positions do not count). */
  changed: ReadonlySet<string>;
  /** Ids only the baseline has. */
  removed: readonly string[];
}

type Element = { id: string };

const elementsOf = (scenario: Scenario): Element[] => [...scenario.clients, ...scenario.groups, ...scenario.components, ...scenario.edges];

/** What differs between `scenario` and `baseline`, element by element (the same document differs in nothing). */
export function diffScenario(baseline: Scenario, scenario: Scenario): ScenarioDiff {
  const before = new Map(elementsOf(baseline).map((element) => [element.id, JSON.stringify(element)]));
  const after = elementsOf(scenario);
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const element of after) {
    const previous = before.get(element.id);
    if (previous === undefined) added.add(element.id);
    else if (previous !== JSON.stringify(element)) changed.add(element.id);
  }
  const present = new Set(after.map((element) => element.id));
  return { added, changed, removed: [...before.keys()].filter((id) => !present.has(id)) };
}
