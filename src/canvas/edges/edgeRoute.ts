import { cachedRouteAroundCards } from './cachedRoute';
import { isWherePlaced } from './cardBoxes';
import { floatingEdgeEnds, type Box, type EdgeEnds } from './floatingEdgeGeometry';
import type { RoutePoint } from './routeAroundCards';

/**
 * Where an edge between two cards runs: its ends on their facing sides, and its way around the other
 * cards (null when a curve is clear). While an end is dragged (its live box is not where the document
 * places it) the edge is a plain curve, redrawn at pointer speed; it is routed once dropped.
 */
export function edgeRoute(sourceId: string, sourceBox: Box, targetId: string, targetBox: Box, cards: ReadonlyMap<string, Box>): { ends: EdgeEnds; route: RoutePoint[] | null } {
  const ends = floatingEdgeEnds(sourceBox, targetBox);
  const settled = isWherePlaced(sourceBox, cards.get(sourceId)) && isWherePlaced(targetBox, cards.get(targetId));
  if (!settled) return { ends, route: null };
  const others = [...cards].flatMap(([cardId, box]) => (cardId === sourceId || cardId === targetId ? [] : [box]));
  const route = cachedRouteAroundCards({ x: ends.sourceX, y: ends.sourceY }, ends.sourceSide, { x: ends.targetX, y: ends.targetY }, ends.targetSide, [...others, sourceBox, targetBox]);
  return { ends, route };
}
