import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { checkHostileInput, type HostileInput } from './hostileInput';
import { parseSimulateArgs } from './simulateCommand';

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

  // They ran out of memory in a simulation of 2 s that would have taken minutes: the CLI now refuses it at once.
  it.each(entries.filter(([file]) => file.startsWith('overloaded-')))('%s: simulating 2 s at 10⁶ requests/s is refused at once, naming the field and what to do', (_file, { input }) => {
    const parsed = parseScenario(input.kind === 'scenario' ? input.text : '');
    if (!parsed.ok) throw new Error(parsed.issues.map(({ path, message }) => `${path} ${message}`).join('; '));
    expect(parseSimulateArgs(['--seconds', '2'], parsed.scenario)).toMatch(/^workload\.requestsPerSecond × --seconds is 2,000,000 requests; .*: lower the load or the seconds$/);
  });

  it.each(entries)('%s: no crash, NaN, oversized report or polluted prototype any more', async (_file, { input }) => {
    expect(await checkHostileInput(input)).toEqual([]);
  });
});
