import { absolutePosition, cardSize } from '../../commands';
import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';
import type { Box } from './floatingEdgeGeometry';

const boxesByScenario = new WeakMap<Scenario, ReadonlyMap<string, Box>>();
/** The map handed out last; a document that places every card as it did gets this very map back. */
let latestBoxes: ReadonlyMap<string, Box> = new Map();

const sameBox = (a: Box, b: Box | undefined) => b !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameBoxes = (a: ReadonlyMap<string, Box>, b: ReadonlyMap<string, Box>) => a.size === b.size && [...a].every(([id, box]) => sameBox(box, b.get(id)));

/**
 * Every component and population card's box on the canvas, worked out once per document. An edit
 * that moves no card (a parameter, a name) returns the previous map itself, so that no edge
 * re-renders and re-routes for it: routing every edge is most of an edit's time on a large design.
 */
export function cardBoxesOf(scenario: Scenario): ReadonlyMap<string, Box> {
  const known = boxesByScenario.get(scenario);
  if (known) return known;
  const computed = new Map<string, Box>([...scenario.components, ...scenario.clients].map((card) => [card.id, { ...absolutePosition(scenario, card.id), ...cardSize }]));
  const boxes = sameBoxes(computed, latestBoxes) ? latestBoxes : computed;
  latestBoxes = boxes;
  boxesByScenario.set(scenario, boxes);
  return boxes;
}

/**
 * Whether a card's live box is where the document places it. One that is not is being dragged (or
 * its drop is not committed yet): its edges wait for the drop to be routed around other cards.
 */
export function isWherePlaced(box: Box, placed: Box | undefined): boolean {
  return placed !== undefined && Math.abs(box.x - placed.x) < 0.5 && Math.abs(box.y - placed.y) < 0.5;
}

/**
 * The cards edges are routed around, as the document places them: an edge re-renders when the
 * document changes, not on every frame of a drag (its own ends follow the drag live).
 */
export const useCardBoxes = () => useMeridianStore((state) => cardBoxesOf(state.scenario));
