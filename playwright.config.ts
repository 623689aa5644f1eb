import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several e2e runs share one machine without sharing a dev server.
const port = Number(process.env.E2E_PORT ?? 5179);
// The class relay the classroom and design-together specs start (and restart) themselves; the dev server proxies /relay to it.
const relayPort = Number(process.env.E2E_RELAY_PORT ?? 5199);

export default defineConfig({
  testDir: './e2e/specs',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath,
      // Our closed network refuses Chromium's background connections; keep it quiet and offline.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    env: { MERIDIAN_RELAY_PORT: String(relayPort) },
    timeout: 120_000,
  },
});
