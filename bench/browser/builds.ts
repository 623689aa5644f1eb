import react from '@vitejs/plugin-react';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the browser benchmark builds the app and its baseline page (ignored by git with node_modules). */
export const appDist = resolve('node_modules/.bench-browser/app');
export const bareDist = resolve('node_modules/.bench-browser/bare');

/**
 * The production build of the app, as `npm run build` makes it, and the bare React Flow page
 * (bench/bareReactFlow). `readableNames` leaves the app unminified, so that a trace names its functions.
 */
export async function buildPages(readableNames = false): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true, ...(readableNames ? { minify: false } : {}) } });
  mkdirSync(bareDist, { recursive: true });
  await build({ configFile: false, root: resolve('bench/bareReactFlow'), base: './', logLevel: 'warn', plugins: [react()], build: { outDir: bareDist, emptyOutDir: true } });
}
