import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Kilobytes (1 000 bytes) of `file` gzipped at level 9, as a server would send it. */
export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1000;
}

/**
 * The JavaScript a built page loads before it can run: its entry script and the chunks Vite lists to
 * preload with it (the entry's static imports), gzipped; chunks imported on demand are not counted.
 */
export function initialJavaScriptKb(distDir: string): { kb: number; files: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => (match[1] ?? match[2] ?? '').replace(/^(\.\/|\/)/, ''));
  return { kb: files.reduce((sum, file) => sum + gzipKb(join(distDir, file)), 0), files };
}
