/**
 * The inputs of the fuzz run (`bench/fuzz.ts`): templates and lessons with hostile values and keys at
 * random places, numbers at the schema's limits, arbitrary JSON, hostile lesson solutions, share links
 * (random, mutated, decompression bombs), nesting bombs, and designs as deep and as wide as the limits.
 * Deterministic for a seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import type { HostileInput } from '../src/cli/hostileInput';
import { componentKinds, maxComponents } from '../src/model';
import { hostileValue, jsonPaths, prototypeKeys, withValueAt } from '../src/model/test/hostileValues';
import { encodeShareFragment } from '../src/share';
import { bytesToBase64Url } from '../src/share/base64url';
import { lzStringRunBomb } from '../src/share/test/lzStringBomb';

export interface FuzzInput {
  category: string;
  input: HostileInput;
}

const readJson = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);

const valueAt = (document: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);

/** Hostile values (and prototype keys) put at 1–3 random places of a document. */
const mutated = (documents: unknown[]) =>
  fc
    .tuple(fc.nat(documents.length - 1), fc.array(fc.record({ at: fc.nat(), value: hostileValue, key: fc.option(fc.constantFrom(...prototypeKeys, 'extra')) }), { minLength: 1, maxLength: 3 }))
    .map(([index, mutations]) => {
      let document = documents[index];
      for (const { at, value, key } of mutations) {
        const paths = jsonPaths(document);
        const path = paths[at % paths.length] ?? [];
        document = withValueAt(document, key === null ? path : [...path, key], value);
      }
      return JSON.stringify(document) ?? 'null';
    });

/** Numbers at the edges the schema allows, at numeric places of a template: what makes a valid document costly. */
const atTheLimits = (documents: unknown[]) =>
  fc.tuple(fc.nat(documents.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1e-12, 1e-6, 0.5, 1, 2, 100, 1e4, 1e5, 1e6, 1e9, 1e12)), { minLength: 1, maxLength: 4 })).map(([index, edits]) => {
    let document = documents[index];
    for (const [at, value] of edits) {
      const numeric = jsonPaths(document).filter((path) => typeof valueAt(document, path) === 'number');
      const path = numeric[at % numeric.length];
      if (path) document = withValueAt(document, path, value);
    }
    return JSON.stringify(document);
  });

/** A lesson whose solution walks a path through a prototype key, or sets hostile values. */
const hostileSolution = (lessons: unknown[]) =>
  fc.tuple(fc.nat(lessons.length - 1), fc.array(fc.oneof(fc.constantFrom(...prototypeKeys), fc.constantFrom('components', 'workload', 'app', 'layout', 'nodes'), fc.nat(3)), { minLength: 1, maxLength: 5 }), hostileValue).map(([index, at, value]) => {
    const lesson = structuredClone(lessons[index]) as { steps: { solution?: unknown[] }[] };
    const step = lesson.steps[lesson.steps.length - 1];
    if (step) step.solution = [...(step.solution ?? []), { op: 'set', at, value }];
    return JSON.stringify(lesson);
  });

/** Sizes from 1 to the limit, a third of them at the limit itself: the costly end is what matters. */
const designSize = fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200, max: maxComponents - 1 }), fc.constant(maxComponents - 1));

const deepDesign = fc.record({ length: designSize.map((n) => n + 1), componentKind: fc.constantFrom('compute', 'monolith', 'loadBalancer', 'dns', 'cdn', 'globalLb' as const), callsPerRequest: fc.constantFrom(1, 0.5, 3) });

const wideDesign = fc.record({ width: designSize, hubKind: fc.constantFrom('loadBalancer', 'compute' as const), calleeKind: fc.constantFrom(...componentKinds.filter((kind) => kind !== 'queue' && kind !== 'dns' && kind !== 'globalLb')), parallel: fc.boolean() });

/** `depth` arrays (or objects) nested inside a template's or a lesson's field, where walkers that recurse overflow. */
const nestingBomb = (documents: unknown[]) =>
  fc.tuple(fc.nat(documents.length - 1), fc.nat(), fc.constantFrom(1e3, 1e5, 1e6), fc.boolean()).map(([index, at, depth, arrays]) => {
    const nested = arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const document = documents[index];
    const paths = jsonPaths(document);
    return JSON.stringify(withValueAt(document, paths[at % paths.length] ?? [], '__nesting_bomb__')).replace('"__nesting_bomb__"', nested);
  });

/** Links that unpack to far more than the 5 MB limit: a deflate run, and lz-string's quadratic run. */
const bombLink = fc.tuple(fc.constantFrom('#s2=', '#l2=', '#s=', '#l='), fc.constantFrom(6, 16, 64)).map(([prefix, megabytes]) => {
  if (prefix.endsWith('2=')) return prefix + bytesToBase64Url(deflateRawSync(Buffer.from(`{"schemaVersion":1,"name":"${' '.repeat(megabytes * 1024 * 1024)}"}`)));
  return prefix + lzStringRunBomb(Math.round(Math.sqrt(2 * megabytes * 1024 * 1024))).encoded;
});

const scenario = (text: string): HostileInput => ({ kind: 'scenario', text });
const lesson = (text: string): HostileInput => ({ kind: 'lesson', text });
const link = (fragment: string): HostileInput => ({ kind: 'link', fragment });

/** `count` inputs for `seed`, in a fixed mix of categories (shares of `count`). */
export async function generateFuzzInputs(root: string, count: number, seed: number): Promise<FuzzInput[]> {
  const templates = readJson(join(root, 'templates'));
  const lessons = readJson(join(root, 'src/lessons/content'));
  const inputs: FuzzInput[] = [];
  let offset = 0;
  const add = <T>(category: string, share: number, arbitrary: fc.Arbitrary<T>, toInput: (value: T) => HostileInput) => {
    offset += 1;
    const numRuns = Math.max(1, Math.round(count * share));
    for (const value of fc.sample(arbitrary, { seed: seed + offset, numRuns })) inputs.push({ category, input: toInput(value) });
  };
  add('mutated template', 0.33, mutated(templates), scenario);
  add('numbers at the limits', 0.18, atTheLimits(templates), scenario);
  add('arbitrary JSON', 0.06, fc.jsonValue({ maxDepth: 6 }), (value) => scenario(JSON.stringify(value) ?? 'null'));
  add('mutated lesson', 0.09, mutated(lessons), lesson);
  add('hostile lesson solution', 0.07, hostileSolution(lessons), lesson);
  add('deep design', 0.01, deepDesign, (recipe) => ({ kind: 'chain', ...recipe }));
  add('wide design', 0.01, wideDesign, (recipe) => ({ kind: 'fan', ...recipe }));
  add('nesting bomb', 0.01, nestingBomb([...templates, ...lessons]), (text) => (text.includes('"steps"') ? lesson(text) : scenario(text)));
  add('bomb link', 0.005, bombLink, link);
  add('random link', 0.05, fc.tuple(fc.constantFrom('#s=', '#s2=', '#l=', '#l2=', '#scenario=', '#'), fc.string({ unit: 'binary', maxLength: 300 })), ([prefix, text]) => link(prefix + text));
  const mutatedLinks = fc.sample(mutated([...templates, ...lessons]), { seed: seed + offset + 1, numRuns: Math.max(0, count - inputs.length) });
  for (const text of mutatedLinks) {
    const isLesson = text.includes('"steps"');
    inputs.push({ category: 'mutated link', input: link(await encodeShareFragment(isLesson ? 'lesson' : 'scenario', JSON.parse(text))) });
  }
  return inputs;
}
