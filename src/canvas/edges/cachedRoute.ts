import type { Box, Side } from './floatingEdgeGeometry';
import { cardsNear, routeAroundCards, type RoutePoint } from './routeAroundCards';

/** Routes kept: more than the edges of a big design, so that a drop or an edit finds every unchanged one. */
const keptRoutes = 4000;
const routes = new Map<string, RoutePoint[] | null>();

/**
 * `routeAroundCards`, remembered by everything the route depends on: the edge's ends and sides and
 * the cards near it. A drop or an edit redraws every edge, but only the edges whose ends or nearby
 * cards moved search for a new route; the rest get the same route (the same array) back.
 */
export function cachedRouteAroundCards(start: RoutePoint, startSide: Side, end: RoutePoint, endSide: Side, cards: readonly Box[]): RoutePoint[] | null {
  const nearby = cardsNear(start, end, cards);
  const key = JSON.stringify([start.x, start.y, startSide, end.x, end.y, endSide, nearby.map((box) => [box.x, box.y, box.width, box.height])]);
  const known = routes.get(key);
  if (known !== undefined) return known;
  const route = routeAroundCards(start, startSide, end, endSide, nearby);
  if (routes.size >= keptRoutes) routes.delete(routes.keys().next().value as string);
  routes.set(key, route);
  return route;
}
