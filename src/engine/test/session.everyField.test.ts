import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioSchema, type Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';
import { documentLeaves, schemaFieldPaths, type DocumentLeaf } from './schemaFieldPaths';
import { pathSegments, withPath } from './schemaHosts';
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

const elementIds = (scenario: Scenario) => [...scenario.components, ...scenario.clients, ...scenario.groups, ...scenario.edges].map((element) => element.id);
const isEngineInput = (leaf: DocumentLeaf) => !notEngineInputs.some((pattern) => pattern.test(leaf.path)) && !isElementId(leaf);

/** Edits each leaf of `base` that `include` picks to the first new value the schema accepts (a bound or a cross-reference rejects the others), in `session`, checking its report against a fresh evaluation. */
function checkLeafEdits(session: ReturnType<typeof createEngineSession>, base: Scenario, include: (leaf: DocumentLeaf) => boolean, label: string): void {
  const ids = elementIds(base);
  for (const leaf of documentLeaves(base)) {
    if (!isEngineInput(leaf) || !include(leaf)) continue;
    for (const value of candidates(leaf, schemaPaths.get(leaf.path) ?? null, ids)) {
      const edited = withValue(base, leaf.at, value) as Scenario;
      if (!parseScenario(edited).ok) continue;
      session.evaluate(base);
      expect(session.evaluate(edited), `${label}: ${leaf.at.join('.')} = ${JSON.stringify(value)}`).toEqual(evaluate(edited));
      break;
    }
  }
}

describe('every field of every template, edited in a session, gives the report of a fresh evaluation', () => {
  for (const file of templateFiles()) {
    it(file, () => {
      checkLeafEdits(createEngineSession(), loadTemplate(file), () => true, file);
    }, 120_000);
  }
});

/** A valid document made from the first template that can hold `path` with what it lacks generated from the schema (`withPath`), or null. */
function hostOf(path: string, templates: ReadonlyArray<{ file: string; scenario: Scenario }>): { file: string; base: Scenario; host: Scenario } | null {
  for (const { file, scenario } of templates) {
    for (const candidate of withPath(scenario, scenarioSchema, pathSegments(path), elementIds(scenario))) {
      const parsed = parseScenario(candidate);
      if (parsed.ok) return { file, base: scenario, host: parsed.scenario };
    }
  }
  return null;
}

describe('every other field of the schema, generated from it, edited in a session, gives the report of a fresh evaluation', () => {
  const templates = templateFiles().map((file) => ({ file, scenario: loadTemplate(file) }));
  const held = new Set(templates.flatMap(({ scenario }) => documentLeaves(scenario).filter((leaf) => leaf.value !== null && isEngineInput(leaf)).map((leaf) => leaf.path)));
  const engineInputPaths = [...schemaPaths.keys()].filter((path) => isEngineInput({ at: path.split('.'), path, value: null }));

  it('puts each path no template holds in a document made from a template, and edits it there', () => {
    const unheld = engineInputPaths.filter((path) => !held.has(path));
    const unhosted: string[] = [];
    for (const path of unheld) {
      const found = hostOf(path, templates);
      if (!found) {
        unhosted.push(path);
        continue;
      }
      const session = createEngineSession();
      // Adding the field (or changing the variant it belongs to) is itself an edit.
      session.evaluate(found.base);
      expect(session.evaluate(found.host), `${found.file} with ${path} added`).toEqual(evaluate(found.host));
      checkLeafEdits(session, found.host, (leaf) => leaf.path === path, `${found.file} with ${path}`);
    }
    // Only a field whose one allowed value is null (a provider group has no parent) has nothing to edit.
    const nullOnly = (path: string) => schemaPaths.get(path)?.length === 1 && schemaPaths.get(path)?.[0] === null;
    expect(unhosted).toEqual(engineInputPaths.filter(nullOnly));
  }, 600_000);
});
