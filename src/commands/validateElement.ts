import '../model/zodConfig';
import { z } from 'zod';
import { formatJsonPath, referenceIssues, scenarioSchema, toScenarioIssues, type Scenario, type ScenarioIssue } from '../model';

const listOf = { component: 'components', group: 'groups', client: 'clients', edge: 'edges' } as const;

type Scope = readonly (string | number)[];

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

/** The part of the scenario schema that checks the value at `scope` (`['components', 3]`: a component's schema). */
function schemaAt(scope: Scope): z.ZodType {
  let schema: z.ZodType = scenarioSchema;
  for (const key of scope) {
    if (schema instanceof z.ZodArray && typeof key === 'number') schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject && typeof key === 'string' && key in schema.shape) schema = schema.shape[key] as z.ZodType;
    else throw new Error(`The scenario schema has no part at ${formatJsonPath(scope)}.`);
  }
  return schema;
}

function valueAt(scenario: Scenario, scope: Scope): unknown {
  return scope.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], scenario);
}

const withinScope = (path: readonly (string | number)[], scope: Scope) => scope.every((key, i) => path[i] === key);

/**
 * Problems the scenario schema finds under one path (`['workload']`, `['components', 3]`), relative
 * to it. Only that part is parsed, with its own piece of the schema, then the document's
 * cross-references are checked: the rest of the document was valid before the edit (every edit
 * passes here, every import through `parseScenario`), so parsing it all again (tens of ms at
 * 1 000 components, on every inspector commit) would find nothing new.
 */
export function scopedIssues(scenario: Scenario, scope: Scope): ScenarioIssue[] {
  const parsed = schemaAt(scope).safeParse(valueAt(scenario, scope));
  if (!parsed.success) return toScenarioIssues(parsed.error);
  return referenceIssues(scenario)
    .filter((issue) => withinScope(issue.path, scope))
    .map((issue) => ({ path: formatJsonPath(issue.path.slice(scope.length)), message: issue.message }));
}
