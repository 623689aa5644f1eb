// npm run bench:heap — the page's JavaScript heap under editing (issue #22, point 7): the production
// build, a 1 000-component design, the heap after 10 edits and after 200, each after a full garbage
// collection. Edits should cost what they change, not a copy of the design each: the ratio stays small.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { autoLayout } from '../src/commands';
import { syntheticScenario } from './syntheticScenario';

const port = Number(process.env.BENCH_HEAP_PORT ?? 4318);
const outDir = 'node_modules/.bench-heap-dist';
const components = 1000;
const [fewEdits, manyEdits] = [10, 200];

function run(command: string, args: string[]) {
  return spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

/** Megabytes of JavaScript heap in use after a full collection. */
async function heapAfterGcMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function settled(page: Page) {
  await page.getByTestId('results.panel').and(page.locator('[data-status="ready"]')).waitFor({ timeout: 300_000 });
}

/** One edit as a person makes it: a new instance count typed into the inspector. */
async function edit(page: Page, n: number) {
  const field = page.getByTestId('inspector.field.instances');
  await field.fill(String(2 + (n % 7)));
  await field.press('Enter');
}

const scenario = syntheticScenario(components, 42);
const file = join(tmpdir(), `meridian-heap-${components}.json`);
writeFileSync(file, JSON.stringify({ ...scenario, layout: autoLayout(scenario) }));

const build = run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
if ((await new Promise((resolve) => build.on('exit', resolve))) !== 0) throw new Error('the production build failed');
const server = run('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1']);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  console.log('  built; opening the app…');
  await page.goto(`http://127.0.0.1:${port}/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('files.import').click();
  await (await chooser).setFiles(file);
  console.log('  importing the design…');
  await page.getByTestId('canvas.node.svc-0-0').waitFor({ timeout: 300_000 });
  await settled(page);
  await page.getByTestId('canvas.node.svc-0-0').click({ force: true });
  let done = 0;
  const editUntil = async (count: number) => {
    for (; done < count; done += 1) {
      await edit(page, done);
      if ((done + 1) % 20 === 0) console.log(`  … ${done + 1} edits`);
    }
    await settled(page);
  };
  await editUntil(fewEdits);
  const fewMb = await heapAfterGcMb(page);
  await editUntil(manyEdits);
  const manyMb = await heapAfterGcMb(page);
  console.log(`Heap under editing, ${components} components (production build, after a full GC):`);
  console.log(`  after ${fewEdits} edits   ${fewMb.toFixed(1)} MB`);
  console.log(`  after ${manyEdits} edits  ${manyMb.toFixed(1)} MB`);
  console.log(`  ratio            ${(manyMb / fewMb).toFixed(2)}×  (${((manyMb - fewMb) / (manyEdits - fewEdits) * 1024).toFixed(0)} kB per edit)`);
} finally {
  await browser.close();
  server.kill();
}
