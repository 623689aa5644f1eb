import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Built from parts so that this file does not contain what it looks for.
const outside = [['..', 'shared'].join('/'), ['shared', 'data'].join('/'), ['cloud', 'facts'].join('-')];

describe('the repo stands alone', () => {
  it('no tracked file points outside the repo: every source is cited in docs/sources.md instead', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file !== '' && file !== 'package-lock.json');
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) => {
      const text = readFileSync(join(root, file), 'latin1');
      return outside.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle}`);
    });
    expect(offending).toEqual([]);
  });
});
