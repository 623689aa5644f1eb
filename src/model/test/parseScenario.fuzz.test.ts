import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createExampleScenario, parseScenario, type ParseResult } from '../index';
import { hostileValue, jsonPaths, prototypeKeys, withValueAt } from './hostileValues';

const seed = 9_4_2026;
const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const validDocuments: unknown[] = [
  JSON.parse(JSON.stringify(createExampleScenario())),
  ...readdirSync(templatesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(templatesDir, file), 'utf8')) as unknown),
];

/** Every number in a value, with its path, and every object whose prototype is not the plain one. */
function walk(value: unknown, path: string, visit: (path: string, value: unknown) => void): void {
  visit(path, value);
  if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, visit);
}

/** What every answer of the one door must look like, whatever went in. */
function expectWellFormed(result: ParseResult): void {
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.message).toBe('string');
      // A message is for people: it names the problem, never echoes megabytes of input.
      expect(issue.path.length + issue.message.length).toBeLessThan(400);
    }
    return;
  }
  walk(result.scenario, '', (path, value) => {
    if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
    if (value !== null && typeof value === 'object') expect([Object.prototype, Array.prototype], `prototype of ${path}`).toContain(Object.getPrototypeOf(value));
  });
}

afterEach(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
});

// Each test takes up to ~1 s alone; the timeout leaves room for two busy cores.
describe('parseScenario under fuzzing (never throws, answers well-formed, never pollutes prototypes)', { timeout: 20_000 }, () => {
  it('arbitrary JSON values, as values and as text (numRuns 400)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectWellFormed(parseScenario(value));
        expectWellFormed(parseScenario(JSON.stringify(value) ?? 'undefined'));
      }),
      { seed, numRuns: 400 },
    );
  });

  it('arbitrary text, unicode and binary included (numRuns 400)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => expectWellFormed(parseScenario(text))),
      { seed, numRuns: 400 },
    );
  });

  it('valid documents with hostile values put at 1–3 random places (numRuns 600)', () => {
    const mutation = fc.record({ at: fc.nat(), value: hostileValue, key: fc.option(fc.constantFrom(...prototypeKeys, 'extra')) });
    fc.assert(
      fc.property(fc.nat(validDocuments.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (index, mutations, asText) => {
        let document = validDocuments[index];
        for (const { at, value, key } of mutations) {
          const paths = jsonPaths(document);
          const path = paths[at % paths.length] ?? [];
          document = withValueAt(document, key === null ? path : [...path, key], value);
        }
        expectWellFormed(parseScenario(asText ? JSON.stringify(document) : document));
      }),
      { seed, numRuns: 600 },
    );
  });

  it('a 10 MB string in every string field is refused with the limit and the actual length, never echoed', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const example = validDocuments[0];
    const stringPaths = jsonPaths(example).filter((path) => typeof path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], example) === 'string');
    expect(stringPaths.length).toBeGreaterThan(50);
    for (const path of stringPaths) {
      const result = parseScenario(withValueAt(example, path, huge));
      expectWellFormed(result);
      expect(result.ok, path.join('.')).toBe(false);
    }
    const description = parseScenario(withValueAt(example, ['description'], huge));
    expect(description.ok || description.issues).toEqual([{ path: 'description', message: 'must be at most 2000 characters (got 10,485,760)' }]);
    expect(parseScenario(JSON.stringify(withValueAt(example, ['description'], huge)))).toMatchObject({ ok: false, issues: [{ path: '(document)', message: /^is 10,48\d,\d{3} characters long; the limit is 5 MB$/ }] });
  });

  it.each([1_000, 100_000, 1_000_000])('JSON nested %i arrays deep, at the root and in a field', (depth) => {
    const nested = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    expectWellFormed(parseScenario(nested));
    const result = parseScenario(JSON.stringify(createExampleScenario()).replace('"requestsPerSecond":400', `"requestsPerSecond":${nested}`));
    expectWellFormed(result);
    expect(result.ok).toBe(false);
  });

  it('prototype keys in JSON text at every level leave prototypes alone and never become data', () => {
    const example = JSON.stringify(createExampleScenario());
    for (const key of prototypeKeys) {
      const text = example
        .replace('{"schemaVersion"', `{"${key}":{"polluted":true},"schemaVersion"`)
        .replace('"nodes":{', `"nodes":{"${key}":{"x":1,"y":2},`)
        .replace('"workload":{', `"workload":{"${key}":{"polluted":true},`);
      const result = parseScenario(text);
      expectWellFormed(result);
      if (result.ok) {
        expect(Object.prototype.hasOwnProperty.call(result.scenario, key)).toBe(false);
        expect(Object.getPrototypeOf(result.scenario.layout.nodes)).toBe(Object.prototype);
      }
    }
  });
});

describe('found by fuzzing: limits that keep the engine finite and fast', () => {
  const example = createExampleScenario();
  const withApp = (patch: Record<string, unknown>) => ({ ...example, components: example.components.map((c) => (c.id === 'app-a' ? { ...c, ...patch } : c)) });

  it('refuses a fleet of 1e15 instances (k-of-n availability hung) with the limit', () => {
    expect(parseScenario(withApp({ instances: 1e15 }))).toMatchObject({ ok: false, issues: expect.arrayContaining([{ path: 'components[2].instances', message: 'must be ≤ 100000' }]) });
    expect(parseScenario(withApp({ concurrency: 1e9 }))).toMatchObject({ ok: false, issues: expect.arrayContaining([{ path: 'components[2].concurrency', message: 'must be ≤ 100000' }]) });
  });

  it.each([1.7976931348623157e308, 5e-324, -1e13])('refuses %d, which overflowed costs to ∞ or underflowed shares to NaN, naming the value and the range', (value) => {
    const result = parseScenario({ ...example, workload: { ...example.workload, payloadKbOut: value } });
    expect(result.ok || result.issues[0]).toEqual({ path: 'workload.payloadKbOut', message: `is ${value}; a number must be 0 or between 1e-12 and 1e12 in size` });
  });

  it('still accepts a tiny explicit unavailability (1e-15 is meaningful)', () => {
    expect(parseScenario(withApp({ availability: { source: 'unavailability', unavailability: 1e-15 } })).ok).toBe(true);
  });
});

