// npm run bench: bundles bench/run.ts with esbuild, as Vite bundles the engine into its worker (no
// per-module wrappers or kept function names, which tsx adds and which cost 10–15 % here), then runs it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const directory = mkdtempSync(join(tmpdir(), 'meridian-bench-'));
const outfile = join(directory, 'bench.mjs');
try {
  await build({ entryPoints: ['bench/run.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
