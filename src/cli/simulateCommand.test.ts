import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { runMeridian } from './meridian';
import type { SimulateOutput } from './simulateCommand';

const templates = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
const example = join(templates, 'example-three-tier.json');
const warmStandby = join(templates, 'warm-standby.json');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMeridian(args, (text) => out.push(text), (text) => err.push(text));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('meridian simulate', () => {
  it('--json prints { series: [one per 1 s window], totals } with the zone outage, its failover and the recovery', async () => {
    const { code, out } = await run('simulate', example, '--seconds', '120', '--fail', 'zone-b@10', '--seed', '4', '--json');
    expect(code).toBe(0);
    const { series, totals } = JSON.parse(out) as SimulateOutput;
    expect(series).toHaveLength(120);
    expect(series[5]?.successRate).toBe(1);
    expect(series[50]?.successRate).toBeLessThan(0.7);
    expect(series[50]?.states).toMatchObject({ lb: 'failingOver', 'app-b': 'down' });
    expect(series[110]?.successRate).toBe(1);
    expect(totals.firstFailureSeconds).toBe(10);
    expect(totals.timeToRecoverSeconds).toBeGreaterThan(89.5);
    expect(totals.timeToRecoverSeconds).toBeLessThan(90.5);
  });

  it('is deterministic for a seed', async () => {
    const a = await run('simulate', example, '--seconds', '5', '--seed', '9', '--json');
    const b = await run('simulate', example, '--seconds', '5', '--seed', '9', '--json');
    expect(a.out).toBe(b.out);
  });

  it('prints a readable table without --json, elements by name', async () => {
    const { code, out } = await run('simulate', example, '--seconds', '120', '--fail', 'db/primary@5');
    expect(code).toBe(0);
    expect(out).toMatch(/^Simulated 120 s: \d+ requests, \d+ failed, 0 writes lost \(\d+ events\)$/m);
    expect(out).toMatch(/^t \(s\)\s+ok req\/s\s+success\s+p50 ms\s+p99 ms/m);
    expect(out).toMatch(/Orders DB \(primary a, standby b\) failingOver/);
    expect(out).not.toMatch(/\bdb failingOver/);
  });

  // The chaos view's verdict (one definition: export/simulatedRecovery and export/recoveryVerdictText), not the time to the last failed request.
  describe('says recovery as the chaos view does: serving again within targets', () => {
    const recoveryLine = (out: string) => out.split('\n').find((line) => line.startsWith('Recovery, measured')) ?? '';

    it('a failover that completes: recovered after the analytic detection + failover', async () => {
      const { out } = await run('simulate', example, '--seconds', '120', '--fail', 'db/primary@5');
      expect(recoveryLine(out)).toMatch(/^Recovery, measured \(serving again within targets\): 1 m 30 s; analytic RTO 1 m 30 s$/);
    });

    it('an outage shorter than detection + failover: the failover never completed, and why', async () => {
      const { out } = await run('simulate', example, '--seconds', '60', '--fail', 'zone-b@10-40');
      expect(recoveryLine(out)).toBe(
        'Recovery, measured (serving again within targets): back only when repaired, after 30 s: the 30 s outage was shorter than detection + failover (1 m 30 s, Application LB), so the failover never completed; analytic RTO 1 m 30 s',
      );
    });

    it('a failover onto a standby that saturates is reported as such, not as recovered at the DNS switch', async () => {
      const { out } = await run('simulate', warmStandby, '--seconds', '200', '--fail', 'east@10', '--seed', '3');
      expect(recoveryLine(out)).toMatch(/^Recovery, measured \(serving again within targets\): failed over, saturated: p99 \d+(\.\d)? s \(API us-west-2a\); analytic RTO 7 m 30 s$/);
    }, 120_000);
  });

  it.each([
    [['--seconds', '0'], /--seconds must be a number of simulated seconds/],
    [['--seed', '1.5'], /--seed must be an integer/],
    [['--fail', 'zone-z@10'], /--fail zone-z@10: unknown failure target "zone-z"/],
    [['--fail', 'zone-a@20-10'], /--fail must be <target>@<t>\[-<t'>\]/],
  ])('refuses %j with a message and exit code 1', async (args, message) => {
    const { code, err } = await run('simulate', example, ...args);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  it('says how many visits it refused when a design far below its load filled the bound on waiting jobs', async () => {
    const scenario = { ...createExampleScenario(), workload: { ...createExampleScenario().workload, requestsPerSecond: 1e6 } };
    const file = join(mkdtempSync(join(tmpdir(), 'meridian-')), 'scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    const { code, out } = await run('simulate', file, '--seconds', '0.1');
    expect(code).toBe(0);
    expect(out).toMatch(/\n[\d,]+ visits refused by a busy component: 20,000 were already waiting \(the design is far below its load/);
  });

  it('refuses a run of more requests than it can hold (10¹² requests/s ran out of memory), naming the field and the flag', async () => {
    const scenario = { ...createExampleScenario(), workload: { ...createExampleScenario().workload, requestsPerSecond: 1e12 } };
    const file = join(mkdtempSync(join(tmpdir(), 'meridian-')), 'scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    const { code, err } = await run('simulate', file, '--seconds', '60');
    expect(code).toBe(1);
    expect(err).toBe('workload.requestsPerSecond × --seconds is 60,000,000,000,000 requests; the simulator runs at most 500,000 per run: lower the load or the seconds');
  });
});
