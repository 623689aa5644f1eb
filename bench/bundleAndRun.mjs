// npm run bench: bundles each part of the benchmark with esbuild, as Vite bundles the engine into its
// worker (no per-module wrappers or kept function names, which tsx adds and which cost 10–15 % in the
// hot paths), and runs each in a fresh Node process: what one part leaves on the heap (sessions,
// compiled 1000-component designs) slowed the next one's Monte Carlo fourfold when they shared one.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const parts = ['bench/run.ts', 'bench/sweepPool.ts', 'bench/availability.ts', 'bench/simulate.ts', 'bench/shareCodecs.ts'];
/** Bundled beside the parts, not run: the worker threads `sweepPool` starts. */
const workers = ['bench/sweepPoolWorker.ts'];
const directory = mkdtempSync(join(tmpdir(), 'meridian-bench-'));
let failed = false;
const bundle = (entry, outfile) => build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
try {
  for (const entry of workers) await bundle(entry, join(directory, entry.replace(/^bench\//, '').replace(/\.ts$/, '.mjs')));
  for (const [i, entry] of parts.entries()) {
    const outfile = join(directory, `part-${i}.mjs`);
    await bundle(entry, outfile);
    if (i > 0) console.log('');
    const { status } = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
    failed ||= status !== 0;
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
