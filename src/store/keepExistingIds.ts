import { collectIds } from '../commands';
import type { Scenario } from '../model';

/** The ids that still name an element of `scenario`; the same array when all do, so selectors stay quiet. */
export function keepExistingIds(ids: string[], scenario: Scenario): string[] {
  if (ids.length === 0) return ids;
  const existing = collectIds(scenario);
  const kept = ids.filter((id) => existing.has(id));
  return kept.length === ids.length ? ids : kept;
}
