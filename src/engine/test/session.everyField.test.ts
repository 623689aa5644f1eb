import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioSchema, type Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';
import { documentLeaves, schemaFieldPaths, type DocumentLeaf } from './schemaFieldPaths';
import { loadTemplate, templateFiles } from './templateFixtures';

// Issue #20.3: the session's caches and fast paths (`sameAvailabilityStructure`, `performanceStructure`,
// the latency program's scalars) must never serve a stale figure. Every field of every template (a
// field added to the schema later is walked as soon as a template holds it) is changed to another
// value the schema accepts (an enum's other choices from walking the zod schema), and the session's
// report after the edit, in a session that evaluated the template first, must be a fresh evaluation's.

/** Where a value is not an input of the engine: the drawing, the document's own identity and version. */
const notEngineInputs = [/^layout\./, /^schemaVersion$/, /^id$/, /^name$/, /^description$/];
/** Element ids: changing one is a rename of every reference (a command), not a field edit. */
const isElementId = (leaf: DocumentLeaf) => leaf.at.at(-1) === 'id';

/** Other values for a leaf, those a person could set: numbers nudged both ways, flags flipped, the other choices of an enum, other ids for a reference. */
function candidates(leaf: DocumentLeaf, choices: readonly unknown[] | null, ids: readonly string[]): unknown[] {
  const { value } = leaf;
  if (typeof value === 'boolean') return [!value];
  if (typeof value === 'number') return [value * 2, value / 2, value + 1, value - 1, 0, 1, 0.5].filter((x) => x !== value);
  if (typeof value === 'string') return choices ? choices.filter((x) => x !== value) : [...ids.filter((x) => x !== value), `${value} 2`];
  return [];
}

/** `scenario` with the value at `at` replaced: new objects along the path only, the same objects elsewhere (as the store's commands edit). */
function withValue(node: unknown, at: readonly (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [key, ...rest] = at as [string | number, ...(string | number)[]];
  if (Array.isArray(node)) return node.map((element, i) => (i === key ? withValue(element, rest, value) : element));
  const record = node as Record<string, unknown>;
  return { ...record, [key]: withValue(record[key], rest, value) };
}

const schemaPaths = schemaFieldPaths(scenarioSchema);

describe('every field of every template, edited in a session, gives the report of a fresh evaluation', () => {
  for (const file of templateFiles()) {
    it(file, () => {
      const base = loadTemplate(file);
      const ids = [...base.clients, ...base.groups, ...base.components, ...base.edges].map((element) => element.id);
      const session = createEngineSession();
      for (const leaf of documentLeaves(base)) {
        if (notEngineInputs.some((pattern) => pattern.test(leaf.path)) || isElementId(leaf)) continue;
        // The first new value the schema accepts: a bound or a cross-reference rejects the others.
        for (const value of candidates(leaf, schemaPaths.get(leaf.path) ?? null, ids)) {
          const edited = withValue(base, leaf.at, value) as Scenario;
          if (!parseScenario(edited).ok) continue;
          session.evaluate(base);
          expect(session.evaluate(edited), `${file}: ${leaf.at.join('.')} = ${JSON.stringify(value)}`).toEqual(evaluate(edited));
          break;
        }
      }
    }, 120_000);
  }
});
