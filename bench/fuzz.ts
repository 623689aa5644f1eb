/**
 * The fuzz run (`npm run fuzz [-- --inputs N --seed S --jobs J --only I,J… --save]`), not part of `npm test`: runs
 * each input of `fuzzInputs.ts` through the CLI's and the app's parsing and engine (`checkHostileInput`)
 * in one of J child processes, and reports crashes, hangs, NaN, oversized reports and polluted
 * prototypes; `--save` writes each finding to the regression corpus that `npm test` replays
 * (src/cli/fixtures/fuzz-corpus/). `--only` runs just the inputs at those indexes (of the same N and S),
 * to reproduce a finding.
 *
 * A hang is an input that takes more than `budgetCpuMs` of the child's CPU time: CPU, not wall-clock
 * time, so that a machine shared with other work does not turn slow answers into findings. A child
 * that does not answer at all within `backstopMs` (an endless loop) is killed and counted as a hang too.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHostileInput, type HostileInput } from '../src/cli/hostileInput';
import { generateFuzzInputs, type FuzzInput } from './fuzzInputs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'src/cli/fixtures/fuzz-corpus');
/** Per input: evaluated (text and JSON report), swept and simulated, or refused, within a few seconds of CPU. */
const budgetCpuMs = 10_000;
const backstopMs = 180_000;

interface Outcome {
  problems: string[];
  cpuMs: number;
  hung: boolean;
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** A child that has loaded the engine (it says "ready"): the budget counts work, not module loading. */
async function startChild(): Promise<ChildProcess> {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv: ['--import', 'tsx', '--max-old-space-size=1024'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  return child;
}

/** Sends `input` to the child; resolves with its problems and CPU time, or a hang or crash (and a new child). */
async function runInChild(slot: { child: ChildProcess }, input: HostileInput): Promise<Outcome> {
  const { child } = slot;
  const result = await new Promise<Outcome & { restart: boolean }>((resolve) => {
    const done = (outcome: Outcome & { restart: boolean }) => {
      clearTimeout(timer);
      child.removeAllListeners('message');
      child.removeAllListeners('exit');
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ problems: [`no answer within ${backstopMs / 1000} s`], cpuMs: Number.NaN, hung: true, restart: true }), backstopMs);
    child.once('message', (message) => {
      const { problems, cpuMs } = message as { problems: string[]; cpuMs: number };
      const slow = cpuMs > budgetCpuMs ? [`took ${(cpuMs / 1000).toFixed(1)} s of CPU; the budget is ${budgetCpuMs / 1000} s`] : [];
      done({ problems: [...problems, ...slow], cpuMs, hung: slow.length > 0, restart: false });
    });
    child.once('exit', (code) => done({ problems: [`the process died (exit ${code}, out of memory?)`], cpuMs: Number.NaN, hung: false, restart: true }));
    child.send(input);
  });
  if (result.restart) {
    child.kill('SIGKILL');
    slot.child = await startChild();
  }
  return result;
}

function tallyOf(outcomes: readonly Outcome[]) {
  const tally = { crashes: 0, hangs: 0, nan: 0, oversized: 0, pollution: 0 };
  for (const { problems, hung } of outcomes) {
    if (hung) tally.hangs += 1;
    for (const problem of problems) {
      if (problem.startsWith('threw') || problem.startsWith('the process died')) tally.crashes += 1;
      else if (problem.includes('NaN')) tally.nan += 1;
      else if (problem.startsWith('the report is')) tally.oversized += 1;
      else if (problem.startsWith('polluted')) tally.pollution += 1;
    }
  }
  return tally;
}

function saveFinding(seed: number, index: number, { category, input }: FuzzInput, problems: string[]): void {
  if (JSON.stringify(input).length >= 300_000) return;
  mkdirSync(corpusDir, { recursive: true });
  writeFileSync(join(corpusDir, `seed${seed}-${index}.json`), `${JSON.stringify({ category, problems, input }, null, 1)}\n`);
}

async function main(): Promise<void> {
  const count = flag('--inputs', 10_000);
  const seed = flag('--seed', 22);
  const jobs = flag('--jobs', Math.min(2, availableParallelism()));
  const save = process.argv.includes('--save');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').map(Number)) : null;
  const started = Date.now();
  const generated = await generateFuzzInputs(root, count, seed);
  const indexes = generated.map((_, i) => i).filter((i) => only === null || only.has(i));
  const inputs = indexes.map((i) => generated[i] as FuzzInput);
  console.log(`${inputs.length} inputs generated in ${Math.round((Date.now() - started) / 1000)} s; running them in ${jobs} processes`);
  const outcomes: Outcome[] = new Array<Outcome>(inputs.length);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    const slot = { child: await startChild() };
    for (let i = next++; i < inputs.length; i = next++) {
      const fuzzInput = inputs[i] as FuzzInput;
      const outcome = await runInChild(slot, fuzzInput.input);
      outcomes[i] = outcome;
      if (outcome.problems.length > 0) {
        console.log(`#${indexes[i]} ${fuzzInput.category}: ${outcome.problems.join('; ')}`);
        if (save) saveFinding(seed, indexes[i] as number, fuzzInput, outcome.problems);
      }
      finished += 1;
      if (finished % 500 === 0) console.log(`… ${finished} / ${inputs.length} inputs, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    slot.child.kill();
  };
  await Promise.all(Array.from({ length: jobs }, worker));

  const byCategory = new Map<string, { count: number; cpuMs: number; slowest: number }>();
  inputs.forEach(({ category }, i) => {
    const entry = byCategory.get(category) ?? { count: 0, cpuMs: 0, slowest: 0 };
    const cpuMs = outcomes[i]?.cpuMs ?? 0;
    byCategory.set(category, { count: entry.count + 1, cpuMs: entry.cpuMs + (Number.isFinite(cpuMs) ? cpuMs : 0), slowest: Math.max(entry.slowest, Number.isFinite(cpuMs) ? cpuMs : 0) });
  });
  const totalCpuS = [...byCategory.values()].reduce((sum, { cpuMs }) => sum + cpuMs, 0) / 1000;
  console.log(`\n${inputs.length} inputs in ${Math.round((Date.now() - started) / 1000)} s (${Math.round(totalCpuS)} s of CPU in ${jobs} processes)`);
  for (const [category, { count: n, cpuMs, slowest }] of byCategory) console.log(`  ${String(n).padStart(5)} ${category.padEnd(24)} mean ${Math.round(cpuMs / n)} ms, slowest ${(slowest / 1000).toFixed(1)} s of CPU`);
  const tally = tallyOf(outcomes);
  console.log(`crashes ${tally.crashes}, hangs ${tally.hangs}, NaN ${tally.nan}, oversized reports ${tally.oversized}, polluted prototypes ${tally.pollution}`);
  process.exitCode = outcomes.some((outcome) => outcome.problems.length > 0) ? 1 : 0;
}

if (process.argv.includes('--child')) {
  process.on('message', (input) => {
    const before = process.cpuUsage();
    void checkHostileInput(input as HostileInput).then((problems) => {
      const { user, system } = process.cpuUsage(before);
      process.send?.({ problems, cpuMs: (user + system) / 1000 });
    });
  });
  process.send?.('ready');
} else await main();
