/**
 * The fuzz run (`npm run fuzz [-- --inputs N --seed S --save]`), not part of `npm test`: generates
 * hostile inputs — templates and lessons with hostile values and keys at random places, arbitrary
 * JSON, share links, deep and wide designs, numbers at the schema's limits — and runs each through
 * the CLI's and the app's parsing and engine (`checkHostileInput`) in a child process with a time
 * budget. Reports crashes, hangs, NaN, oversized reports and polluted prototypes; `--save` writes
 * each finding to the regression corpus that `npm test` replays (src/cli/fixtures/fuzz-corpus/).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkHostileInput, type HostileInput } from '../src/cli/hostileInput';
import { encodeShareFragment } from '../src/share';
import { hostileValue, jsonPaths, prototypeKeys, withValueAt } from '../src/model/test/hostileValues';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'src/cli/fixtures/fuzz-corpus');
/** Per-input budget: a valid document is evaluated, swept and simulated within a few seconds, or refused. */
const budgetMs = 15_000;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const readJson = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);

/** Hostile values (and prototype keys) put at 1–3 random places of `document`. */
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
      const numeric = jsonPaths(document).filter((path) => typeof path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document) === 'number');
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

const componentKinds = ['compute', 'monolith', 'loadBalancer', 'dns', 'cdn', 'globalLb'] as const;

async function generate(count: number, seed: number): Promise<{ category: string; input: HostileInput }[]> {
  const templates = readJson(join(root, 'templates'));
  const lessons = readJson(join(root, 'src/lessons/content'));
  const sample = <T>(arbitrary: fc.Arbitrary<T>, share: number, offset: number) => fc.sample(arbitrary, { seed: seed + offset, numRuns: Math.max(1, Math.round(count * share)) });
  const inputs: { category: string; input: HostileInput }[] = [
    ...sample(mutated(templates), 0.35, 1).map((text) => ({ category: 'mutated template', input: { kind: 'scenario', text } as HostileInput })),
    ...sample(atTheLimits(templates), 0.2, 2).map((text) => ({ category: 'numbers at the limits', input: { kind: 'scenario', text } as HostileInput })),
    ...sample(fc.jsonValue({ maxDepth: 6 }), 0.08, 3).map((value) => ({ category: 'arbitrary JSON', input: { kind: 'scenario', text: JSON.stringify(value) ?? 'null' } as HostileInput })),
    ...sample(mutated(lessons), 0.1, 4).map((text) => ({ category: 'mutated lesson', input: { kind: 'lesson', text } as HostileInput })),
    ...sample(hostileSolution(lessons), 0.08, 5).map((text) => ({ category: 'hostile lesson solution', input: { kind: 'lesson', text } as HostileInput })),
    ...sample(fc.record({ length: fc.integer({ min: 1, max: 5000 }), componentKind: fc.constantFrom(...componentKinds), callsPerRequest: fc.constantFrom(1, 0.5, 3) }), 0.04, 6).map((recipe) => ({ category: 'deep design', input: { kind: 'chain', ...recipe } as HostileInput })),
    ...sample(fc.tuple(fc.constantFrom('#s=', '#sz=', '#l=', '#lz=', '#scenario=', '#'), fc.string({ unit: 'binary', maxLength: 300 })), 0.05, 7).map(([prefix, text]) => ({ category: 'random link', input: { kind: 'link', fragment: prefix + text } as HostileInput })),
  ];
  for (const text of sample(mutated(templates), Math.max(0, count - inputs.length) / count, 8)) inputs.push({ category: 'mutated link', input: { kind: 'link', fragment: await encodeShareFragment('scenario', JSON.parse(text)) } });
  return inputs;
}

/** A child that has loaded the engine (it says "ready"): the budget counts work, not module loading. */
async function startChild(): Promise<ChildProcess> {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv: ['--import', 'tsx', '--max-old-space-size=1024'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  return child;
}

/** Sends `input` to the child; resolves with its problems, or a hang / crash when it does not answer in time. */
async function runInChild(state: { child: ChildProcess }, input: HostileInput): Promise<{ problems: string[]; hung: boolean }> {
  const { child } = state;
  const result = await new Promise<{ problems: string[]; hung: boolean; restart: boolean }>((resolve) => {
    const done = (outcome: { problems: string[]; hung: boolean; restart: boolean }) => {
      clearTimeout(timer);
      child.removeAllListeners('message');
      child.removeAllListeners('exit');
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ problems: [`no answer within ${budgetMs / 1000} s`], hung: true, restart: true }), budgetMs);
    child.once('message', (message) => done({ problems: message as string[], hung: false, restart: false }));
    child.once('exit', (code) => done({ problems: [`the process died (exit ${code}, out of memory?)`], hung: false, restart: true }));
    child.send(input);
  });
  if (result.restart) {
    child.kill('SIGKILL');
    state.child = await startChild();
  }
  return result;
}

async function main(): Promise<void> {
  const count = flag('--inputs', 10_000);
  const seed = flag('--seed', 22);
  const save = process.argv.includes('--save');
  const inputs = await generate(count, seed);
  const state = { child: await startChild() };
  const tally = { crashes: 0, hangs: 0, nan: 0, oversized: 0, pollution: 0 };
  const byCategory = new Map<string, number>();
  let findings = 0;
  const started = Date.now();
  for (const [i, { category, input }] of inputs.entries()) {
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    const { problems, hung } = await runInChild(state, input);
    if (hung) tally.hangs += 1;
    for (const problem of problems) {
      if (problem.startsWith('threw') || problem.startsWith('the process died')) tally.crashes += 1;
      else if (problem.includes('NaN')) tally.nan += 1;
      else if (problem.startsWith('the report is')) tally.oversized += 1;
      else if (problem.startsWith('polluted')) tally.pollution += 1;
    }
    if (problems.length > 0) {
      findings += 1;
      console.log(`#${i} ${category}: ${problems.join('; ')}`);
      if (save && JSON.stringify(input).length < 300_000) {
        mkdirSync(corpusDir, { recursive: true });
        writeFileSync(join(corpusDir, `seed${seed}-${i}.json`), `${JSON.stringify({ category, problems, input }, null, 1)}\n`);
      }
    }
    if ((i + 1) % 500 === 0) console.log(`… ${i + 1} / ${inputs.length} inputs, ${findings} findings, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  state.child.kill();
  console.log(`\n${inputs.length} inputs (${[...byCategory].map(([c, n]) => `${n} ${c}`).join(', ')}) in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`crashes ${tally.crashes}, hangs ${tally.hangs}, NaN ${tally.nan}, oversized reports ${tally.oversized}, polluted prototypes ${tally.pollution}`);
  process.exitCode = findings > 0 ? 1 : 0;
}

if (process.argv.includes('--child')) {
  process.on('message', (input) => {
    void checkHostileInput(input as HostileInput).then((problems) => process.send?.(problems));
  });
  process.send?.('ready');
} else await main();
