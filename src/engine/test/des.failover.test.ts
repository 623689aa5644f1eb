import { describe, expect, it } from 'vitest';
import { compileScenario, createSimulation, evaluate } from '..';
import { createExampleScenario, type Scenario } from '../../model';
import { loadTemplate, templateFiles } from './templateFixtures';

/** Runs `scenario` for `seconds` with one failure at 20 s (never repaired) and reads the analytic recovery event for it. */
function failAt20(scenario: Scenario, target: string, eventId: string, seconds = 140) {
  const event = evaluate(scenario).recovery.events.find((e) => e.id === eventId);
  const simulation = createSimulation(compileScenario(scenario), { seconds, seed: 7, failures: [{ target, atSeconds: 20, repairAtSeconds: null }] });
  simulation.step(seconds);
  return { event, totals: simulation.totals() };
}

/**
 * Measured failover outage against the analytic detection + switch time (SPEC §1, §2.4) on the built-in
 * example (400 req/s; LB health checks 30 s × 3; database failover 90 s). The outage is measured from the
 * failure to the last failed request; it may exceed the analytic RTO only by requests already in flight
 * (well under a second), hence 1 %. Each run is 140 simulated s (≈ 56 000 requests, < 1 s).
 */
describe('simulated failover matches the analytic RTO', () => {
  it('zone-b fails: the LB keeps sending half the traffic to it for 90 s, then every request succeeds', () => {
    const { event, totals } = failAt20(createExampleScenario(), 'zone-b', 'zone:zone-b');
    expect(event?.survived).toBe(true);
    expect(event?.rtoSeconds).toBe(90);
    expect(Math.abs((totals.timeToRecoverSeconds ?? Number.NaN) / 90 - 1)).toBeLessThan(0.01);
    // Failed ≈ 400 req/s × ½ (the LB's even share to app-b) × 90 s = 18 000 (Poisson sd ≈ 134).
    expect(Math.abs(totals.failedRequests / 18_000 - 1)).toBeLessThan(0.03);
  });

  it('one app instance fails: its share fails until the LB health check removes it', () => {
    const { event, totals } = failAt20(createExampleScenario(), 'app-a/1', 'instance:app-a');
    expect(Math.abs((totals.timeToRecoverSeconds ?? Number.NaN) / (event?.rtoSeconds ?? Number.NaN) - 1)).toBeLessThan(0.01);
    // Failed ≈ 400 × ½ × ⅓ × 90 = 6 000.
    expect(Math.abs(totals.failedRequests / 6_000 - 1)).toBeLessThan(0.05);
  });

  it('the database primary fails: writes and primary reads fail until the standby is promoted (failoverSeconds)', () => {
    const { event, totals } = failAt20(createExampleScenario(), 'db/primary', 'databasePrimary:db');
    expect(event?.rtoSeconds).toBe(90);
    expect(Math.abs((totals.timeToRecoverSeconds ?? Number.NaN) / 90 - 1)).toBeLessThan(0.01);
    expect(totals.writesLost).toBe(0);
  });

  it('with asynchronous replication (1 s lag) the writes acknowledged in the last second are lost: ≈ write rate × RPO', () => {
    const example = createExampleScenario();
    const scenario = { ...example, components: example.components.map((c) => (c.kind === 'database' ? { ...c, replication: 'async' as const, replicationLagMs: 1000 } : c)) };
    const { event, totals } = failAt20(scenario, 'db/primary', 'databasePrimary:db');
    expect(event?.rpoSeconds).toBe(1);
    // 400 req/s × 10 % writes × 1 s = 40 (Poisson sd ≈ 6.3).
    expect(Math.abs(totals.writesLost - 40)).toBeLessThan(20);
  });

  it('a region failure is not survived: requests keep failing to the end of the run', () => {
    const { event, totals } = failAt20(createExampleScenario(), 'eu-west-1', 'region:eu-west-1', 60);
    expect(event?.survived).toBe(false);
    expect(totals.timeToRecoverSeconds).toBeNull();
  });

  it('a region outage repaired at 100 s: balancers that gave every target up fail open, so service returns with the repair', () => {
    const scenario = createExampleScenario();
    const simulation = createSimulation(compileScenario(scenario), { seconds: 130, seed: 7, failures: [{ target: 'eu-west-1', atSeconds: 20, repairAtSeconds: 100 }] });
    const series = simulation.step(130);
    expect(series[50]?.successRate).toBe(0);
    expect(series[110]?.successRate).toBe(1);
    expect(Math.abs((simulation.totals().timeToRecoverSeconds ?? Number.NaN) - 80)).toBeLessThan(0.5);
  });

  it('every template, every failure event: the simulated outage ends when the report says (survived) or not at all', () => {
    // At 40 req/s (detection does not depend on load) each run is short; 89 events over 12 templates. A
    // survived event must recover within max(1 s, 2 %) of its RTO (0: only requests in flight fail);
    // one that is not survived keeps failing, since the simulator neither restores nor repairs.
    for (const file of templateFiles()) {
      const template = loadTemplate(file);
      const scenario = { ...template, workload: { ...template.workload, requestsPerSecond: 40 } };
      for (const event of evaluate(scenario).recovery.events) {
        if (event.kind === 'corruption') continue;
        const target = event.kind === 'instance' ? `${event.target}/1` : event.kind === 'databasePrimary' ? `${event.target}/primary` : event.target;
        const seconds = event.survived ? 40 + 1.5 * event.rtoSeconds : 80;
        const simulation = createSimulation(compileScenario(scenario), { seconds, seed: 7, failures: [{ target, atSeconds: 20, repairAtSeconds: null }] });
        simulation.step(seconds);
        const { timeToRecoverSeconds, failedRequests } = simulation.totals();
        const where = `${file} ${event.id}`;
        if (!event.survived) {
          expect(failedRequests, where).toBeGreaterThan(0);
          expect(timeToRecoverSeconds, where).toBeNull();
        } else if (failedRequests > 0) {
          expect(Math.abs((timeToRecoverSeconds ?? Number.NaN) - event.rtoSeconds), where).toBeLessThanOrEqual(Math.max(1, 0.02 * event.rtoSeconds));
        } else expect(event.rtoSeconds, where).toBe(0);
      }
    }
  });

  it('a queue keeps its messages while its consumers are down and hands them over when they return; no request fails', () => {
    // event-driven-queues: 400 req/s × 0.3 messages = 120 messages/s to 2 × 8 workers at 80 ms (60 % busy).
    // Workers down 20–80 s: the queue holds ≈ 120 × 60 = 7 200, then the workers drain them at
    // 16 / 0.08 = 200/s against 120/s arriving, ≈ 90 s flat out.
    const simulation = createSimulation(compileScenario(loadTemplate('event-driven-queues.json')), { seconds: 240, seed: 3, failures: [{ target: 'workers', atSeconds: 20, repairAtSeconds: 80 }] });
    const windows = simulation.step(240);
    expect(simulation.totals().failedRequests).toBe(0);
    expect(Math.abs((windows[78]?.queueLength['queue'] ?? 0) / (120 * 59) - 1)).toBeLessThan(0.05);
    expect(windows[85]?.queueLength['queue']).toBe(0);
    expect(windows[100]?.utilization['workers']).toBe(1);
    expect(windows[200]?.queueLength['workers']).toBeLessThan(20);
    expect(windows[200]?.utilization['workers'] ?? 0).toBeLessThan(0.8);
  });
});
