import type { Scenario } from '../../model';

/**
 * Whether a template answers a search: every word of the query appears in its name, its description
 * or the kinds of what it holds ("serverless", "queue", "two regions" → "region"), in any case.
 */
export function templateMatches(scenario: Scenario, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [
    scenario.name,
    scenario.description ?? '',
    ...scenario.components.map((component) => `${component.kind} ${'flavor' in component ? component.flavor : ''}`),
    ...scenario.groups.map((group) => group.kind),
  ]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word.replace(/s$/, '')));
}
