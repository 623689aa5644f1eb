import type { Scenario } from '../../model';
import { absolutePosition, nodeSize } from '../layout/geometry';
import { layoutTreeOf } from '../layout/layoutTree';

/**
 * Where a tidied layout misses the shape a reader expects, in words: every group's child groups
 * side by side in one row (tops level, no two sharing a column), the populations above everything
 * else, and each call flowing downward (its caller's top above its callee's), except calls between
 * two sibling groups, which run along the row. Empty when the shape holds.
 */
export function tidyShapeProblems(scenario: Scenario): string[] {
  const tree = layoutTreeOf(scenario);
  const box = (id: string) => ({ ...absolutePosition(scenario, id), ...nodeSize(scenario, id) });
  const problems: string[] = [];
  for (const parentId of [null, ...scenario.groups.map((group) => group.id)]) {
    const row = tree.groupsIn(parentId).map((id) => ({ id, ...box(id) }));
    for (const [i, a] of row.entries()) {
      for (const b of row.slice(i + 1)) {
        if (a.y !== b.y) problems.push(`${a.id} and ${b.id} are not level (tops at ${a.y} and ${b.y})`);
        if (a.x < b.x + b.width && b.x < a.x + a.width) problems.push(`${a.id} and ${b.id} share a column`);
      }
    }
  }
  const clientIds = new Set(scenario.clients.map((client) => client.id));
  const lowestPopulation = Math.max(...scenario.clients.map((client) => box(client.id).y + box(client.id).height));
  for (const element of [...scenario.groups, ...scenario.components]) {
    if (box(element.id).y < lowestPopulation) problems.push(`${element.id} is not below the populations`);
  }
  const ancestors = (id: string): (string | null)[] => {
    const chain: (string | null)[] = [];
    for (let p = tree.parentOf(id); p !== null; p = tree.parentOf(p)) chain.push(p);
    return [...chain, null];
  };
  for (const edge of scenario.edges) {
    if (edge.kind === 'replication' || clientIds.has(edge.to)) continue;
    const fromChain = ancestors(edge.from);
    const common = ancestors(edge.to).find((id) => fromChain.includes(id)) ?? null;
    const [fromHolder, toHolder] = [tree.childHolding(common, edge.from), tree.childHolding(common, edge.to)];
    const alongRow = fromHolder !== edge.from && toHolder !== edge.to;
    if (!alongRow && box(edge.from).y >= box(edge.to).y) problems.push(`${edge.id} (${edge.from} → ${edge.to}) does not flow downward`);
  }
  return problems;
}
