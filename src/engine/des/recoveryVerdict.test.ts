import { describe, expect, it } from 'vitest';
import { compileScenario } from '../compile/compileScenario';
import { evaluate } from '../evaluate';
import { loadTemplate } from '../test/templateFixtures';
import { createSimulation } from './simulation';
import type { SimulationWindow } from './simulationTypes';
import { judgeRecovery, type RecoveryVerdictInput } from './recoveryVerdict';

/** One-second windows from `from` to `to` (exclusive), each with `requests` completed, `failed` of them failed and a p99. */
function windows(from: number, to: number, { failed = 0, p99Ms = 100 as number | null, saturated = [] as string[] } = {}): SimulationWindow[] {
  return Array.from({ length: to - from }, (_, i) => ({
    startSeconds: from + i,
    endSeconds: from + i + 1,
    requests: 500,
    failed,
    throughputPerSecond: 500 - failed,
    successRate: (500 - failed) / 500,
    p50Ms: p99Ms === null ? null : p99Ms / 2,
    p99Ms: failed === 500 ? null : p99Ms,
    queueLength: {},
    utilization: {},
    states: Object.fromEntries(saturated.map((id) => [id, 'saturated' as const])),
  }));
}

const regionLoss = { target: 'east', atSeconds: 10, repairAtSeconds: null };
const input = (series: SimulationWindow[], patch: Partial<RecoveryVerdictInput> = {}): RecoveryVerdictInput => ({
  windows: series,
  failures: [regionLoss],
  steadyP99Ms: 100,
  rtoTargetSeconds: 900,
  expected: { seconds: 150, setBy: 'Route 53' },
  finished: true,
  lastFailureSeconds: null,
  ...patch,
});

describe('judgeRecovery: recovered means serving again within targets (SPEC §2.6)', () => {
  it('a failover onto a standby that saturates is not a recovery: requests succeed after the DNS switch, at a p99 of 38 s', () => {
    // Up to 10 s fine; every request fails until DNS switches at 160 s; then all succeed, ever slower, on one saturated instance.
    const series = [...windows(0, 10), ...windows(10, 160, { failed: 500 }), ...windows(160, 200, { p99Ms: 12_000, saturated: ['api-west'] }), ...windows(200, 240, { p99Ms: 38_000, saturated: ['api-west'] })];
    expect(judgeRecovery(input(series))).toEqual({ kind: 'saturated', p99Ms: 38_000, sinceSeconds: 150, saturatedIds: ['api-west'] });
  });

  it('the same standby scaling out: recovered once the p99 is back within 3 × the steady p99, not at the DNS switch', () => {
    const series = [...windows(0, 10), ...windows(10, 160, { failed: 500 }), ...windows(160, 460, { p99Ms: 9_000, saturated: ['api-west'] }), ...windows(460, 600, { p99Ms: 290 })];
    expect(judgeRecovery(input(series))).toEqual({ kind: 'recovered', seconds: 450, meetsRto: true });
    expect(judgeRecovery(input(series, { rtoTargetSeconds: 300 }))).toEqual({ kind: 'recovered', seconds: 450, meetsRto: false });
  });

  it('an outage shorter than detection + failover: service returns with the repair (30 s), and the failover never completed', () => {
    const series = [...windows(0, 10), ...windows(10, 40, { failed: 500 }), ...windows(40, 120)];
    const verdict = judgeRecovery(input(series, { failures: [{ target: 'zone-a', atSeconds: 10, repairAtSeconds: 40 }], lastFailureSeconds: 39.5 }));
    expect(verdict).toEqual({ kind: 'repairedBeforeFailover', seconds: 29.5, outageSeconds: 30, failover: { seconds: 150, setBy: 'Route 53' } });
  });

  it('a failover that completes: recovered at the last failed request (90.2 s), inside the target', () => {
    const series = [...windows(0, 10), ...windows(10, 100, { failed: 250 }), ...windows(100, 101, { failed: 3 }), ...windows(101, 180)];
    expect(judgeRecovery(input(series, { lastFailureSeconds: 100.2 }))).toEqual({ kind: 'recovered', seconds: 90.2, meetsRto: true });
    // Without the last failure's time, the first window that serves: 101 s.
    expect(judgeRecovery(input(series))).toEqual({ kind: 'recovered', seconds: 91, meetsRto: true });
  });

  it('no failure, an unfelt failure, and one still failing when the run ends or while it runs', () => {
    expect(judgeRecovery(input(windows(0, 60), { failures: [] }))).toEqual({ kind: 'noFailure' });
    expect(judgeRecovery(input(windows(0, 60)))).toEqual({ kind: 'unaffected' });
    const failing = [...windows(0, 10), ...windows(10, 60, { failed: 500 })];
    expect(judgeRecovery(input(failing))).toEqual({ kind: 'failing', finished: true });
    expect(judgeRecovery(input(failing, { finished: false }))).toEqual({ kind: 'failing', finished: false });
  });
});

describe('judgeRecovery on the simulator', () => {
  it('warm standby losing us-east-1 at 500 req/s: DNS fails over in 150 s onto one instance that saturates, reported as such, not as recovered', () => {
    const scenario = loadTemplate('warm-standby.json');
    const failures = [{ target: 'east', atSeconds: 10, repairAtSeconds: null }];
    const simulation = createSimulation(compileScenario(scenario), { seconds: 200, seed: 3, failures });
    const series = simulation.step(200);
    // The old measure, first failure to last failed request, reads this as recovered at the DNS switch.
    expect(simulation.totals().timeToRecoverSeconds).toBeCloseTo(150, -1);
    const verdict = judgeRecovery({ windows: series, failures, steadyP99Ms: evaluate(scenario).latency.overall.p99Ms, rtoTargetSeconds: 3600, expected: null, finished: true, lastFailureSeconds: null });
    expect(verdict).toMatchObject({ kind: 'saturated', saturatedIds: ['api-west-a'] });
    if (verdict.kind !== 'saturated') throw new Error(verdict.kind);
    // From the DNS switch (150 s), once the requests in flight at the switch have failed.
    expect(verdict.sinceSeconds).toBeGreaterThanOrEqual(149);
    expect(verdict.sinceSeconds).toBeLessThanOrEqual(160);
    expect(verdict.p99Ms).toBeGreaterThan(3_000);
  }, 60_000); // ≈ 100 000 simulated requests: seconds on a loaded machine
});
