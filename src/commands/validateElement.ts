import '../model/zodConfig';
import { z } from 'zod';
import { scenarioSchema, toScenarioIssues, type Scenario, type ScenarioIssue } from '../model';

const listOf = { component: 'components', group: 'groups', client: 'clients', edge: 'edges' } as const;

/**
 * Problems the scenario schema finds at one element (its own fields and the cross-references that
 * start there, e.g. `minHealthy ≤ instances`), with paths relative to the element (`autoscaling.max`).
 * Problems elsewhere in the document are not this element's to report.
 */
export function elementIssues(scenario: Scenario, type: keyof typeof listOf, id: string): ScenarioIssue[] {
  const list = listOf[type];
  const index = (scenario[list] as readonly { id: string }[]).findIndex((element) => element.id === id);
  return scopedIssues(scenario, [list, index]);
}

/** Problems the scenario schema finds under one path (`['workload']`), relative to it. */
export function scopedIssues(scenario: Scenario, scope: readonly (string | number)[]): ScenarioIssue[] {
  const parsed = scenarioSchema.safeParse(scenario);
  if (parsed.success) return [];
  const inScope = parsed.error.issues.filter((issue) => scope.every((key, i) => issue.path[i] === key));
  const relative = inScope.map((issue) => ({ ...issue, path: issue.path.slice(scope.length) }));
  return toScenarioIssues(new z.ZodError(relative));
}
