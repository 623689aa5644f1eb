import type { SinglePoint, SinglePointKind } from '../report';
import type { FailureVariable, FailureVariableKind } from './faultTree';

const kindOfVariable: Partial<Record<FailureVariableKind, SinglePointKind>> = {
  provider: 'provider',
  region: 'region',
  zone: 'zone',
  component: 'managedService',
  fleet: 'box',
  databaseCopy: 'box',
};

/**
 * The single points of failure (`variables`, each an atomic failure that alone fails a population)
 * by element, with what kind of thing fails (one box, a managed service, a failure domain), the
 * element's own unavailability (the largest of its variables'), and its share of the design's
 * downtime, `importance / U` (Birnbaum's risk-reduction worth over U; 0 when U = 0), largest first.
 */
export function singlePointsOf(variables: ReadonlyArray<{ variable: FailureVariable; unavailability: number }>, importance: Readonly<Record<string, number>>, unavailability: number): SinglePoint[] {
  const byElement = new Map<string, SinglePoint>();
  for (const { variable, unavailability: own } of variables) {
    const kind = kindOfVariable[variable.kind];
    if (!kind) continue;
    const known = byElement.get(variable.elementId);
    if (known) known.unavailability = Math.max(known.unavailability, own);
    else byElement.set(variable.elementId, { id: variable.elementId, kind, unavailability: own, shareOfDowntime: unavailability > 0 ? (importance[variable.elementId] ?? 0) / unavailability : 0 });
  }
  return [...byElement.values()].sort((a, b) => b.shareOfDowntime - a.shareOfDowntime);
}
