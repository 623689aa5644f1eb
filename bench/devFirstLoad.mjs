// How long `npm start`'s first page load takes from a cold start: no Vite dependency cache, a fresh
// dev server, a fresh browser. Prints the time until the loading state shows and until the canvas has
// painted the example design (its first card visible), each from the navigation's start.
// Run: node bench/devFirstLoad.mjs [port] [runs]   (it deletes node_modules/.vite before each run)
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright';

const port = Number(process.argv[2] ?? 5417);
const runs = Number(process.argv[3] ?? 3);
// 'warm' keeps Vite's dependency cache between runs, to tell the optimizer's share from the rest.
const warm = process.argv[4] === 'warm';
const url = `http://127.0.0.1:${port}/`;

async function serverUp() {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const results = [];
for (let run = 0; run < runs; run += 1) {
  if (!warm) await rm('node_modules/.vite', { recursive: true, force: true });
  const started = performance.now();
  const server = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  await serverUp();
  const listening = performance.now() - started;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const navigated = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByTestId('boot.loading').or(page.getByTestId('canvas.node.app-a')).first().waitFor({ timeout: 120_000 });
  const loadingMs = performance.now() - navigated;
  await page.getByTestId('canvas.node.app-a').waitFor({ timeout: 120_000 });
  const canvasMs = performance.now() - navigated;
  results.push({ listeningMs: Math.round(listening), loadingStateMs: Math.round(loadingMs), canvasPaintedMs: Math.round(canvasMs), startToCanvasMs: Math.round(performance.now() - started) });
  console.log(JSON.stringify(results.at(-1)));
  await browser.close();
  process.kill(-server.pid);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median of ${runs}: server listening ${median('listeningMs')} ms, loading state ${median('loadingStateMs')} ms, canvas painted ${median('canvasPaintedMs')} ms after navigation, ${median('startToCanvasMs')} ms from npm start`);
