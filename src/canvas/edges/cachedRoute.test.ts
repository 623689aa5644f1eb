import { describe, expect, it } from 'vitest';
import { cachedRouteAroundCards } from './cachedRoute';
import { routeAroundCards } from './routeAroundCards';

const card = (x: number, y: number) => ({ x, y, width: 180, height: 60 });
const [start, end] = [{ x: 180, y: 30 }, { x: 600, y: 30 }];

describe('cachedRouteAroundCards', () => {
  const cards = [card(0, 0), card(300, 0), card(600, 0)];

  it('gives the route routeAroundCards gives, and the same one again while nothing near the edge moves', () => {
    const route = cachedRouteAroundCards(start, 'right', end, 'left', cards);
    expect(route).toEqual(routeAroundCards(start, 'right', end, 'left', cards));
    expect(route).not.toBeNull();
    expect(cachedRouteAroundCards(start, 'right', end, 'left', [...cards, card(5000, 5000)])).toBe(route);
  });

  it('routes again when a card near the edge moves', () => {
    const before = cachedRouteAroundCards(start, 'right', end, 'left', cards);
    const moved = [card(0, 0), card(300, 300), card(600, 0)];
    expect(cachedRouteAroundCards(start, 'right', end, 'left', moved)).toEqual(routeAroundCards(start, 'right', end, 'left', moved));
    expect(cachedRouteAroundCards(start, 'right', end, 'left', moved)).not.toEqual(before);
  });
});
