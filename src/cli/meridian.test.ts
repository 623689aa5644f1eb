import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { runMeridian } from './meridian';

const example = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'example-three-tier.json');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMeridian(args, (text) => out.push(text), (text) => err.push(text));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function writeScenario(value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'meridian-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('meridian CLI', () => {
  it('evaluate prints a readable report and exits 0', async () => {
    const result = await run('evaluate', example);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Latency \(ms\)/);
    expect(result.out).toMatch(/bottleneck app-a/);
  });

  it('evaluate --json prints the SPEC §4 report', async () => {
    const result = await run('evaluate', example, '--json');
    const report = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['scenario', 'latency', 'capacity', 'availability', 'recovery', 'cost', 'tradeoffs', 'warnings']);
    expect((report.capacity as { maxRequestsPerSecond: number }).maxRequestsPerSecond).toBeCloseTo(2400, 6);
  });

  it('validate exits 2 naming the JSON path of the first problem', async () => {
    const scenario = createExampleScenario();
    const broken = { ...scenario, components: scenario.components.map((c, i) => (i === 3 ? { ...c, instances: 0 } : c)) };
    const result = await run('validate', writeScenario(broken));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/components\[3\]\.instances: must be ≥ 1/);
  });

  it('exits 1 on a missing file or an unknown command', async () => {
    expect((await run('evaluate', '/nonexistent/scenario.json')).code).toBe(1);
    expect((await run('frobnicate')).code).toBe(1);
  });

  it('sweep --load A:B:N returns N points with latency rising towards saturation', async () => {
    const result = await run('sweep', example, '--load', '100:2300:5', '--json');
    expect(result.code).toBe(0);
    const points = JSON.parse(result.out) as Array<{ x: number; p99Ms: number }>;
    expect(points.map((p) => p.x)).toEqual([100, 650, 1200, 1750, 2300]);
    for (let i = 1; i < points.length; i += 1) expect(points[i]?.p99Ms ?? 0).toBeGreaterThanOrEqual(points[i - 1]?.p99Ms ?? 0);
    expect((await run('sweep', example, '--load', '5:1')).code).toBe(1);
  });
});
