import type { Scenario } from '../model';
import { acceptedParentKinds, type Placeable } from './layout/geometry';
import { groupKindLabels } from './labels';

const articles: Record<Placeable, string> = { component: 'A component', client: 'Users', provider: 'A provider', region: 'A region', zone: 'A zone' };

/** Why `what` cannot sit in `parentId` (null = top level / global), or null when it can. */
export function placementProblem(scenario: Scenario, what: Placeable, parentId: string | null): string | null {
  const accepted = acceptedParentKinds[what];
  if (parentId === null) {
    return what === 'zone' ? 'A zone belongs inside a region: drop it onto a region.' : null;
  }
  const parent = scenario.groups.find((group) => group.id === parentId);
  if (!parent) return `There is no group "${parentId}".`;
  if (accepted.includes(parent.kind)) return null;
  if (accepted.length === 0) return `${articles[what]} sits at the top level, not inside a ${parent.kind}.`;
  const where = accepted.map((kind) => groupKindLabels[kind].toLowerCase()).join(' or a ');
  return `${articles[what]} goes inside a ${where}, not a ${parent.kind}.`;
}
