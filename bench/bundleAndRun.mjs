// npm run bench: bundles each part of the benchmark with esbuild, as Vite bundles the engine into its
// worker (no per-module wrappers or kept function names, which tsx adds and which cost 10–15 % in the
// hot paths), and runs each in a fresh Node process: what one part leaves on the heap (sessions,
// compiled 1000-component designs) slowed the next one's Monte Carlo fourfold when they shared one.
// Last, the browser part (bench/browser.ts) drives Chromium with Playwright: bundled the same way (a
// function handed to the page must not carry tsx's name helpers), its packages left to node_modules.
// `npm run bench -- browser --only=drag` runs only the parts named (by file name) and hands the
// `--` options to each (bench/browser.ts takes `--only=firstLoad,editToScreen,drag`).
// Every part records its SPEC §6 targets in one file (bench/targetRows.ts), which the closing part
// (bench/targetsTable.ts) prints as one table.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const parts = ['bench/run.ts', 'bench/sweepPool.ts', 'bench/availability.ts', 'bench/simulate.ts', 'bench/shareCodecs.ts'];
/** Bundled beside the parts, not run: the worker threads `sweepPool` starts. */
const workers = ['bench/sweepPoolWorker.ts'];
/**
 * Parts bundled inside the repo, so that their packages resolve from node_modules: Playwright and Vite
 * for the browser part; ws (CommonJS) for the classroom (the relay on BENCH_RELAY_PORT, 40 students).
 */
const partsWithPackages = ['bench/classroomRoster.ts', 'bench/browser.ts'];
const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const wanted = (entry) => named.length === 0 || named.includes(entry.replace(/^bench\//, '').replace(/\.ts$/, ''));
const directory = mkdtempSync(join(tmpdir(), 'meridian-bench-'));
const targetsFile = join(directory, 'targets.jsonl');
const started = performance.now();
let failed = false;
const bundle = (entry, outfile) => build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
try {
  for (const entry of workers) await bundle(entry, join(directory, entry.replace(/^bench\//, '').replace(/\.ts$/, '.mjs')));
  const run = (outfile, name) => {
    console.log(`\nbench: ${name} (${((performance.now() - started) / 1000).toFixed(0)} s since the start)`);
    failed ||= spawnSync(process.execPath, [outfile, ...options], { stdio: 'inherit', env: { ...process.env, BENCH_TARGETS_FILE: targetsFile } }).status !== 0;
  };
  for (const [i, entry] of parts.entries()) {
    if (!wanted(entry)) continue;
    await bundle(entry, join(directory, `part-${i}.mjs`));
    run(join(directory, `part-${i}.mjs`), entry);
  }
  for (const entry of partsWithPackages.filter(wanted)) {
    const outfile = `node_modules/.bench-browser/${entry.replace(/^bench\//, '').replace(/\.ts$/, '.mjs')}`;
    await build({ entryPoints: [entry], bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
    run(outfile, entry);
  }
  await bundle('bench/targetsTable.ts', join(directory, 'targets-table.mjs'));
  run(join(directory, 'targets-table.mjs'), 'every SPEC §6 target measured');
} finally {
  rmSync(directory, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
