import type { Scenario } from '../../model';
import { findElement } from '../elements';
import type { Placeable } from './geometry';

/** What kind of thing an element is when it comes to placing it in a group; undefined for edges and unknown ids. */
export function placeableOf(scenario: Scenario, id: string): Placeable | undefined {
  const found = findElement(scenario, id);
  switch (found?.type) {
    case 'component':
      return 'component';
    case 'client':
      return 'client';
    case 'group':
      return found.element.kind;
    default:
      return undefined;
  }
}
