import { absolutePosition, groupSize } from '../../commands';
import type { Scenario } from '../../model';
import { cardBoxesOf } from './cardBoxes';
import type { Box } from './floatingEdgeGeometry';

/** Height of a group's title bar (.group-frame__header: 8 px padding around a 14 px icon and text line), rounded up. */
export const groupTitleHeightPx = 36;

const obstaclesByScenario = new WeakMap<Scenario, readonly Box[]>();

/** What an edge label must never cover: every card, and every group's title bar. Worked out once per document. */
export function labelObstaclesOf(scenario: Scenario): readonly Box[] {
  const known = obstaclesByScenario.get(scenario);
  if (known) return known;
  const titles = scenario.groups.map((group) => ({
    ...absolutePosition(scenario, group.id),
    width: groupSize(group.kind, scenario.layout.nodes[group.id]).width,
    height: groupTitleHeightPx,
  }));
  const obstacles = [...cardBoxesOf(scenario).values(), ...titles];
  obstaclesByScenario.set(scenario, obstacles);
  return obstacles;
}
