import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { runMeridian } from './meridian';

const templates = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
const example = join(templates, 'example-three-tier.json');

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
    expect(result.out).toMatch(/bottleneck App servers \(zone a\)/);
  });

  it.each(['example-three-tier.json', 'single-region-monolith.json', 'multi-az-three-tier.json', 'two-region-active-active.json'])(
    'evaluate %s prints availability (%%, nines, U, min/month), SPOFs, importance and an RTO/RPO table with pass/fail',
    async (file) => {
      const { code, out } = await run('evaluate', join(templates, file));
      expect(code).toBe(0);
      expect(out).toMatch(/^Availability: 99\.\d+ % \(\d\.\d\d nines, U = \d\.\d{3}e-\d\), \d+\.\d\d min\/month down$/m);
      expect(out).toMatch(/^population\s+availability\s+nines\s+U\s+min\/month$/m);
      expect(out).toMatch(/^Weakest links: the share of downtime that goes if the element never failed \(top 5 of \d+\)$/m);
      expect(out).toMatch(/^element\s+share of downtime\s+ΔU if perfect\s+single point of failure$/m);
      expect(out).toMatch(/^Single points of failure \(\d+\): .*\(provider outage, /m);
      expect(out).toMatch(/^Recovery \(targets: RTO ≤ \d+ s, RPO ≤ \d+ s\)$/m);
      expect(out).toMatch(/^failure\s+survived\s+RTO s\s+RPO s\s+result$/m);
      expect(out).toMatch(/^Corruption in .+\s+no\s+\d+\s+\d+\s+(pass|FAIL)$/m);
    },
  );

  it('prints the figures of the hand-checked templates (multi-AZ three-tier: zone a first; corruption, and the region and provider with no recovery site, fail their targets)', async () => {
    const { out } = await run('evaluate', join(templates, 'multi-az-three-tier.json'));
    expect(out).toContain('Availability: 99.9217 % (3.11 nines, U = 7.822e-4), 34.26 min/month down');
    expect(out).toContain('Single points of failure (6): us-east-1a (zone outage, 57.7 % of downtime); US East (N. Virginia) (region outage, 12.8 % of downtime); Application LB (managed service, 99.99 % SLA, 12.8 % of downtime)');
    expect(out).toMatch(/^us-east-1a\s+57\.7 %\s+4\.514e-4\s+zone outage$/m);
    expect(out).toMatch(/^Corruption in Orders DB\s+no\s+1800\s+300\s+FAIL$/m);
    expect(out).toMatch(/^Region US East \(N\. Virginia\)\s+no\s+5550\s+300\s+FAIL$/m);
    expect(out).toContain('3 of 10 events miss the targets; worst RTO 5550 s, worst RPO 300 s');
    // By class: zone a's single-zone cache sets the zone RTO (warm standby 300 s + DNS 150 s), not a database restore;
    // one provider holds the whole design, so losing it is beyond any DR strategy of the design.
    expect(out).toMatch(/^zone\s+450\s+Zone us-east-1a \(Redis\)\s+0\s+.*pass$/m);
    expect(out).toMatch(/^provider\s+5550\s+Provider AWS \(Orders DB\)\s+300\s+.*beyond the design$/m);
  });

  it('says a population that reaches nothing is not connected, rather than printing 0 ms and 0.00 %', async () => {
    const scenario = createExampleScenario();
    const { out } = await run('evaluate', writeScenario({ ...scenario, edges: scenario.edges.filter((edge) => edge.from !== 'users-us') }));
    expect(out).toMatch(/^Users in US East\s+not connected$/m);
    expect(out).not.toMatch(/^Users in US East\s+0\.0\s/m);
    expect(out).not.toMatch(/^Users in US East\s+0\.00 %/m);
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

  it.each(['0:Infinity:5', '0:1e13:5', '0:NaN:5'])('sweep refuses --load %s (an infinite load printed NaN)', async (load) => {
    expect(await run('sweep', example, '--load', load)).toEqual({ code: 1, out: '', err: `--load must be FROM:TO:POINTS with 0 ≤ FROM ≤ TO ≤ 1e12 requests/s and 1 ≤ POINTS ≤ 10000, got "${load}"` });
  });
});
