import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkHostileInput, type HostileInput } from './hostileInput';

// What the fuzz run (`npm run fuzz`) found, kept as regression fixtures: each entry says what went
// wrong before its fix; now each must be refused with a message or handled, with nothing to report.
const corpus = new URL('fixtures/fuzz-corpus/', import.meta.url);
const entries = readdirSync(fileURLToPath(corpus))
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, corpus), 'utf8')) as { category: string; problems: string[]; input: HostileInput }] as const);

describe('the fuzz corpus (src/cli/fixtures/fuzz-corpus)', () => {
  it('holds what the fuzzer found', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s: no crash, NaN, oversized report or polluted prototype any more', async (_file, { input }) => {
    expect(await checkHostileInput(input)).toEqual([]);
  });
});
