type Named = { readonly id: string; readonly name: string };

/** What a design calls its elements: populations, groups, components and (by their ends) edges. */
export interface NamedElements {
  readonly clients: readonly Named[];
  readonly groups: readonly Named[];
  readonly components: readonly Named[];
  readonly edges?: ReadonlyArray<{ readonly id: string; readonly from: string; readonly to: string }>;
}

/**
 * The one way everything people read names an element (reports, the terminal, warnings, the UI):
 * by its name, with its id after it only where two elements share that name ("App (app-2)"); an
 * edge by its ends ("Web → Orders DB"); an id the design does not hold stays as it is.
 */
export function elementNames(scenario: NamedElements): (id: string) => string {
  const elements = [...scenario.clients, ...scenario.groups, ...scenario.components];
  const uses = new Map<string, number>();
  for (const { name } of elements) uses.set(name, (uses.get(name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const { id, name } of elements) names.set(id, (uses.get(name) ?? 0) > 1 ? `${name} (${id})` : name);
  const nameOf = (id: string) => names.get(id) ?? id;
  for (const edge of scenario.edges ?? []) names.set(edge.id, `${nameOf(edge.from)} → ${nameOf(edge.to)}`);
  return nameOf;
}
