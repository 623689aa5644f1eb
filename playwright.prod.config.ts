import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The production build, previewed: the Content-Security-Policy and the service worker exist only there.
// Its own port and output folder, so that it never meets a dev server or someone else's dist/.
const port = Number(process.env.E2E_PROD_PORT ?? 5185);
const outDir = 'node_modules/.e2e-dist';

export default defineConfig({
  ...base,
  testDir: './e2e/prod',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, serviceWorkers: 'allow' },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
