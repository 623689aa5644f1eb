import type { Scenario } from '../../model';

/** The edge an event happened on: the id of the edge group (`data-id`) the target lies in, if any. */
export function edgeIdOf(target: EventTarget | null): string | null {
  const group = target instanceof Element ? target.closest('.react-flow__edge[data-id]') : null;
  return group?.getAttribute('data-id') ?? null;
}

/**
 * The selection after edge `id` is clicked (`toggle`) or chosen with Enter, as React Flow selects its
 * edges: with a multi-select key held the edge joins the selection (a click on a selected one takes it
 * out); otherwise the edge alone is selected.
 */
export function selectionAfterEdgeClick(selection: readonly string[], id: string, multiSelect: boolean, toggle: boolean): string[] {
  if (!multiSelect) return [id];
  if (!selection.includes(id)) return [...selection, id];
  return toggle ? selection.filter((selected) => selected !== id) : [...selection];
}

/** The selection without its edges: a card chosen without a multi-select key deselects them, as React Flow does. */
export function withoutEdges(scenario: Scenario, selection: readonly string[]): string[] {
  const edgeIds = new Set(scenario.edges.map((edge) => edge.id));
  return selection.filter((id) => !edgeIds.has(id));
}

/**
 * The selection a marquee leaves, as React Flow's marquee selects: the nodes it took and every edge
 * touching one of them (and no other edge).
 */
export function withEdgesOfSelectedNodes(scenario: Scenario, selection: readonly string[]): string[] {
  const nodes = withoutEdges(scenario, selection);
  const chosen = new Set(nodes);
  return [...nodes, ...scenario.edges.filter((edge) => chosen.has(edge.from) || chosen.has(edge.to)).map((edge) => edge.id)];
}
