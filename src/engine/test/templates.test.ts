import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExampleScenario, parseScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');
const files = readdirSync(templatesDir).filter((file) => file.endsWith('.json'));

describe('templates/', () => {
  it('holds the built-in example and the three written designs', () => {
    expect(files.sort()).toEqual(['example-three-tier.json', 'multi-az-three-tier.json', 'single-region-monolith.json', 'two-region-active-active.json']);
  });

  it.each(files)('%s is a valid scenario that evaluates without saturation', (file) => {
    const parsed = parseScenario(readFileSync(join(templatesDir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    const performance = evaluatePerformance(compileScenario(parsed.scenario));
    expect(performance.capacity.saturated).toBe(false);
    expect(performance.latency.overall.p99Ms).toBeGreaterThan(performance.latency.overall.p50Ms);
    expect(performance.cost.monthlyUsd).toBeGreaterThan(0);
  });

  it('example-three-tier.json is exactly the built-in example', () => {
    expect(JSON.parse(readFileSync(join(templatesDir, 'example-three-tier.json'), 'utf8'))).toEqual(createExampleScenario());
  });

  it('two-region active-active with strong consistency: European requests pay the transatlantic RTT to the Raft leader', () => {
    const parsed = parseScenario(readFileSync(join(templatesDir, 'two-region-active-active.json'), 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    const latency = evaluatePerformance(compileScenario(parsed.scenario)).latency.byPopulation;
    // Strong consistency: every query goes to the leader in us-east-1, so EU users wait longer.
    expect(latency['users-eu']?.p50Ms ?? 0).toBeGreaterThan((latency['users-us']?.p50Ms ?? 0) + 60);
  });
});
