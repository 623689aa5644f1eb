// The cold figure beside each steady-state per-edit target: what the first edits of a session cost
// before V8 has tiered up the engine's code (the first round of 16 edits runs ~3× slower than steady
// state at 100 components, ~2× slower for some rounds after it). A fresh process per figure, because
// in the bench's own process every part before it has already warmed the shared code.
import { spawnSync } from 'node:child_process';
import { createEngineSession } from '../src/engine';
import { editsOfKind, type EditKind } from './designEdits';
import { syntheticScenario } from './syntheticScenario';

const flag = '--cold-edits=';

/** The edits `run.ts` is asked to time in a fresh process (`--cold-edits=100,parameter`), if any. */
export function coldEditRequest(argv: readonly string[]): { size: number; kind: EditKind } | null {
  const value = argv.find((arg) => arg.startsWith(flag))?.slice(flag.length);
  if (value === undefined) return null;
  const [size, kind] = value.split(',');
  return { size: Number(size), kind: kind === 'structural' ? 'structural' : 'parameter' };
}

/** Wall-clock ms of each of the 16 edits of `kind`, made in this process after a from-scratch evaluation (untimed). */
export function timeFirstEdits(size: number, kind: EditKind): number[] {
  const scenario = syntheticScenario(size, 42);
  const edits = editsOfKind(scenario, kind);
  const session = createEngineSession();
  session.evaluate(scenario);
  return edits.map((edit) => {
    const start = performance.now();
    session.evaluate(edit);
    return performance.now() - start;
  });
}

/**
 * The 16 first edits of `kind` at `size` components, timed in a fresh Node process running this same
 * script (bundled or under tsx: the same loader flags) with `--cold-edits`, which answers as JSON.
 */
export function coldEditTimes(size: number, kind: EditKind): number[] {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', `${flag}${size},${kind}`], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`cold edits at ${size} components (${kind}) failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as number[];
}
