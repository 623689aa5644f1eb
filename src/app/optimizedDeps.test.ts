import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Every bare import of the app's own (non-test) sources: what the browser loads through Vite. */
function appImports(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name) || /[/\\](test|cli)[/\\]/.test(path)) continue;
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/^import (?!type )[^;]*? from '([^.'/][^']*)'/gm)) {
      if (specifier && !specifier.startsWith('node:')) found.add(specifier);
    }
  }
  return found;
}

describe('vite optimizeDeps', () => {
  it('pre-bundles every dependency the app imports (the dev server no longer looks for more)', () => {
    const config = readFileSync(join(root, 'vite.config.ts'), 'utf8');
    const include = /include: \[([^\]]*)\]/.exec(config)?.[1] ?? '';
    const listed = new Set([...include.matchAll(/'([^']+)'/g)].map((match) => match[1]));
    const missing = [...appImports(join(root, 'src'))].filter((specifier) => !listed.has(specifier));
    expect(missing).toEqual([]);
  });
});
