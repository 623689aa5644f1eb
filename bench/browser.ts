// The browser part of `npm run bench` (SPEC §6 where a person feels it): the production build in
// Debian's Chromium, driven by Playwright. First load and initial JavaScript beside a bare React Flow
// page; edit to screen at 100 and 1 000 components beside the engine's own time in its worker (read
// from the app's User Timing marks, src/app/performanceMarks.ts); drag frame rate with 500 nodes
// beside the bare page with the same 500 plain nodes. A benchmark, not a test: it prints, it asserts nothing.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { autoLayout } from '../src/commands';
import { appDist, bareDist, buildPages } from './browser/builds';
import { initialJavaScriptKb } from './browser/initialJavaScript';
import { clearEditMarks, componentPositions, editToScreen, markCanvasPainted, startFrameCount, stopFrameCount, watchCommitKey } from './browser/pageProbes';
import { serveFolders } from './browser/staticServer';
import { formatBenchRows } from './formatBenchRows';
import { percentile } from './percentile';
import { syntheticScenario } from './syntheticScenario';
import { reportTarget } from './targetRows';

const port = Number(process.env.BENCH_BROWSER_PORT ?? 5518);
/** `--only=drag` (or `firstLoad`, `editToScreen`, comma-separated) runs only those measurements. */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const measures = (part: 'firstLoad' | 'editToScreen' | 'drag') => only === undefined || only.includes(part);
/** With BENCH_TRACE_DIR set, one more edit at each size is recorded there as a Chrome trace (edit-100.json…), to see where the main thread's time goes (the app then built unminified, for readable names). */
const traceDirectory = process.env.BENCH_TRACE_DIR;
const origin = `http://127.0.0.1:${port}`;
const median = (values: number[]) => percentile(values, 0.5);
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** A new page in a fresh context: empty cache and storage, as a first visit. */
async function freshPage(browser: Browser): Promise<Page> {
  // bypassCSP: the build's policy forbids eval, which Playwright's waitForFunction needs; the page runs the same.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  return context.newPage();
}

/** Navigation start to canvas painted and to first results painted (the app), or to canvas painted (the bare page). */
async function firstLoad(browser: Browser, url: string, withResults: boolean): Promise<{ canvasMs: number; resultsMs: number }> {
  const page = await freshPage(browser);
  await page.addInitScript(markCanvasPainted);
  await page.goto(url);
  const names = withResults ? ['bench:canvas-painted', 'meridian:results-painted'] : ['bench:canvas-painted'];
  const times = await (await page.waitForFunction((marks) => {
    const found = marks.map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null);
    return found.every((time) => time !== null) ? found : null;
  }, names, { timeout: 60_000 })).jsonValue();
  await page.context().close();
  const [canvasMs = Number.NaN, resultsMs = canvasMs] = times as number[];
  return { canvasMs, resultsMs };
}

/** Opens the app with `components` components of the synthetic design imported, results settled. */
async function appWithDesign(browser: Browser, components: number): Promise<Page> {
  const scenario = syntheticScenario(components, 42);
  const file = join(tmpdir(), `meridian-bench-${components}.json`);
  writeFileSync(file, JSON.stringify({ ...scenario, layout: autoLayout(scenario) }));
  const page = await freshPage(browser);
  await page.goto(origin);
  await page.getByTestId('results.panel').and(page.locator('[data-status="ready"]')).waitFor({ timeout: 120_000 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('files.import').click();
  await (await chooser).setFiles(file);
  await page.getByTestId('canvas.node.svc-0-0').waitFor({ timeout: 300_000 });
  await resultsSettled(page);
  return page;
}

/** Until the results panel shows settled results, painted: the engine is idle. */
async function resultsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="results.panel"]')?.getAttribute('data-status') === 'ready' && performance.getEntriesByName('meridian:results-painted').length > 0, null, { timeout: 300_000 });
}

/** Types `instances` into the selected component's inspector field and commits it (Enter): ms until its results are painted, and the worker's evaluation ms. */
async function commitInstances(page: Page, instances: number): Promise<[number, number]> {
  const field = page.getByTestId('inspector.field.instances');
  await page.evaluate(clearEditMarks);
  await field.fill(String(instances));
  await field.press('Enter');
  const [screenMs = 0, engineMs = 0] = (await (await page.waitForFunction(editToScreen, null, { timeout: 120_000 })).jsonValue()) ?? [];
  return [screenMs, engineMs];
}

/** Edit to screen: `edits` instance counts typed into the inspector, each until its results are painted (after `warmUp` untimed). */
async function editsToScreen(page: Page, edits: number, warmUp = 3): Promise<{ screen: number[]; engine: number[] }> {
  await page.getByTestId('canvas.node.svc-0-0').click({ force: true });
  await page.evaluate(watchCommitKey);
  const screen: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < warmUp + edits; i += 1) {
    const [screenMs, engineMs] = await commitInstances(page, 2 + (i % 7));
    if (i >= warmUp) {
      screen.push(screenMs);
      engine.push(engineMs);
    }
  }
  return { screen, engine };
}

/** One more edit recorded as a Chrome trace (main-thread tasks, V8 samples, the app's marks) in `path`. */
async function traceOneEdit(browser: Browser, page: Page, path: string): Promise<void> {
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'blink.user_timing'];
  await browser.startTracing(page, { path, categories });
  const [screenMs] = await commitInstances(page, 9);
  await browser.stopTracing();
  console.log(`browser: one more edit (${ms(screenMs)}) traced in ${path}`);
}

/** Frames per second while `nodeSelector` is dragged round a circle for `durationMs`. */
async function dragFps(page: Page, nodeSelector: string, durationMs = 3000): Promise<number> {
  const box = await page.locator(nodeSelector).boundingBox();
  if (!box) throw new Error(`${nodeSelector} is not on screen`);
  const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.evaluate(startFrameCount);
  const started = performance.now();
  for (let i = 1; performance.now() - started < durationMs; i += 1) await page.mouse.move(x0 + 40 * Math.sin(i / 10), y0 + 40 * (1 - Math.cos(i / 10)));
  const { fps } = await page.evaluate(stopFrameCount);
  // Dropped where it was picked up, so the drop changes nothing: a card left in another zone would join it,
  // and the engine's work on that edit would run beside the next round's drag.
  await page.mouse.move(x0, y0);
  await page.mouse.up();
  return fps;
}

const rows: string[][] = [['browser (production build, Chromium)', 'measured', 'target', 'met', 'baseline', 'measured ÷ baseline']];
const row = (name: string, measured: string, target: string, met: boolean, baseline: string, ratio: number) => {
  rows.push([name, measured, target, met ? 'yes' : 'NO', baseline, `${ratio.toFixed(2)}×`]);
  reportTarget({ target: `${name}, ${target}`, measured, baseline, ratio: `${ratio.toFixed(2)}×`, met });
};

/** First load of the app and of the bare page with the example design's cards, and the initial JavaScript of each. */
async function measureFirstLoad(browser: Browser): Promise<void> {
  // The bare page shows the example design's components where the app shows them: read once from the app.
  const example = await freshPage(browser);
  await example.goto(origin);
  await example.locator('.react-flow__node-component').first().waitFor();
  writeFileSync(join(bareDist, 'scene-example.json'), JSON.stringify(await example.evaluate(componentPositions)));
  await example.context().close();

  const app = { canvas: [] as number[], results: [] as number[] };
  const bare: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const loaded = await firstLoad(browser, origin, true);
    app.canvas.push(loaded.canvasMs);
    app.results.push(loaded.resultsMs);
    bare.push((await firstLoad(browser, `${origin}/bare/?scene=example`, false)).canvasMs);
  }
  const firstLoadMs = median(app.results.map((results, i) => Math.max(results, app.canvas[i] ?? 0)));
  row('first load: canvas and first results painted (median of 5)', ms(firstLoadMs), '≤ 2000 ms', firstLoadMs <= 2000, `${ms(median(bare))} bare page`, firstLoadMs / median(bare));
  const appJs = initialJavaScriptKb(appDist);
  const bareJs = initialJavaScriptKb(bareDist);
  row(`initial JavaScript (${appJs.files.length} files, gzip -9)`, `${appJs.kb.toFixed(1)} kB`, '≤ 250 kB', appJs.kb <= 250, `${bareJs.kb.toFixed(1)} kB bare page`, appJs.kb / bareJs.kb);
}

/** Edit to screen at 100 and 1 000 components, beside the worker's evaluation. */
async function measureEditToScreen(browser: Browser): Promise<void> {
  for (const [components, edits, targetMs] of [[100, 30, 100], [1000, 20, 250]] as const) {
    console.log(`browser: edit to screen at ${components} components…`);
    const page = await appWithDesign(browser, components);
    const { screen, engine } = await editsToScreen(page, edits);
    if (traceDirectory) await traceOneEdit(browser, page, join(traceDirectory, `edit-${components}.json`));
    await page.context().close();
    const p95 = percentile(screen, 0.95);
    row(`edit to screen, ${components} components, p95 of ${edits}`, ms(p95), `≤ ${targetMs} ms`, p95 <= targetMs, `${ms(percentile(engine, 0.95))} engine in worker`, p95 / percentile(engine, 0.95));
  }
}

/** Drag frame rate with 500 nodes in the app and on the bare page with the same 500 plain nodes, in turn. */
async function measureDrag(browser: Browser): Promise<void> {
  console.log('browser: dragging among 500 nodes, the app and the bare page in turn…');
  const dragged = 'svc-1-20';
  const appPage = await appWithDesign(browser, 500);
  writeFileSync(join(bareDist, 'scene-drag.json'), JSON.stringify(await appPage.evaluate(componentPositions)));
  const barePage = await freshPage(browser);
  await barePage.goto(`${origin}/bare/?scene=drag`);
  await barePage.locator(`.react-flow__node[data-id="${dragged}"]`).waitFor();
  const fps = { app: [] as number[], bare: [] as number[] };
  for (let round = 0; round < 3; round += 1) {
    await appPage.bringToFront();
    await resultsSettled(appPage);
    fps.app.push(await dragFps(appPage, `[data-testid="canvas.node.${dragged}"]`));
    await barePage.bringToFront();
    fps.bare.push(await dragFps(barePage, `.react-flow__node[data-id="${dragged}"]`));
  }
  const ratio = median(fps.app) / median(fps.bare);
  row('drag frame rate, 500 nodes (median of 3 drags of 3 s)', `${median(fps.app).toFixed(1)} fps`, '≥ 0.8 × bare', ratio >= 0.8, `${median(fps.bare).toFixed(1)} fps bare page`, ratio);
}

console.log('browser: building the app and the bare React Flow page…');
await buildPages(traceDirectory !== undefined);
const server = await serveFolders(port, { '/': appDist, '/bare/': bareDist });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  if (measures('firstLoad')) await measureFirstLoad(browser);
  if (measures('editToScreen')) await measureEditToScreen(browser);
  if (measures('drag')) await measureDrag(browser);
} finally {
  await browser.close();
  server.close();
}
console.log(formatBenchRows(rows));
console.log('first load: navigation start to the frame painted with both the canvas cards and the first results; bare page = React Flow alone with the same cards as plain nodes.');
console.log('edit to screen: instance count committed in the inspector, from the Enter key\'s event time until the frame with the settled results and badges is painted; baseline = the worker\'s evaluation.');
