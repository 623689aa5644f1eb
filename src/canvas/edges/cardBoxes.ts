import { absolutePosition, cardSize } from '../../commands';
import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';
import type { Box } from './floatingEdgeGeometry';

const boxesByScenario = new WeakMap<Scenario, ReadonlyMap<string, Box>>();

/** Every component and population card's box on the canvas, worked out once per document. */
export function cardBoxesOf(scenario: Scenario): ReadonlyMap<string, Box> {
  const known = boxesByScenario.get(scenario);
  if (known) return known;
  const boxes = new Map<string, Box>([...scenario.components, ...scenario.clients].map((card) => [card.id, { ...absolutePosition(scenario, card.id), ...cardSize }]));
  boxesByScenario.set(scenario, boxes);
  return boxes;
}

/**
 * The cards edges are routed around, as the document places them: an edge re-renders when the
 * document changes, not on every frame of a drag (its own ends follow the drag live).
 */
export const useCardBoxes = () => useMeridianStore((state) => cardBoxesOf(state.scenario));
