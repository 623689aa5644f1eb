import { describe, expect, it } from 'vitest';
import { compileScenario, createSimulation, evaluate } from '..';
import { createComponent, type Scenario } from '../../model';
import { loadTemplate, templateFiles } from './templateFixtures';
import { sampleQuantile } from './mmcReference';
import { callEdge, smallScenario } from './smallScenario';

/** Simulated end-to-end latency percentiles of `scenario` beside the analytic report's. */
function compare(scenario: Scenario, seconds: number, seed: number) {
  const analytic = evaluate(scenario).latency.overall;
  const simulation = createSimulation(compileScenario(scenario), { seconds, seed, keepLatencies: true, warmUpSeconds: 5 });
  simulation.step(seconds);
  const sorted = simulation.latenciesMs().sort();
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  const error = (simulated: number, exact: number) => Math.abs(simulated / exact - 1);
  return {
    samples: sorted.length,
    failed: simulation.totals().failedRequests,
    errors: {
      p50: error(sampleQuantile(sorted, 0.5), analytic.p50Ms),
      p95: error(sampleQuantile(sorted, 0.95), analytic.p95Ms),
      p99: error(sampleQuantile(sorted, 0.99), analytic.p99Ms),
      mean: error(mean, analytic.meanMs),
    },
  };
}

const workload = (requestsPerSecond: number, readFraction: number) => ({ requestsPerSecond, readFraction, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 });

/**
 * The simulator and the analytic latency engine read the same compiled model; on multi-hop designs their
 * end-to-end p50 / p95 / p99 (and mean) agree within 3 % (SPEC §2.1). Fixed seeds; run lengths stated
 * per case (≈ 1–2 s each on one core).
 */
describe('simulated multi-hop latency matches the analytic percentiles within 3 %', () => {
  it('users → LB → M/M/4 fleet (ρ = 0.75) → database in another zone, reads and writes; 300 simulated s at 600 req/s', () => {
    const scenario = smallScenario(
      [
        createComponent('loadBalancer', 'lb', 'LB', 'region'),
        { ...createComponent('compute', 'app', 'App', 'zone-a'), instances: 2, concurrency: 4, serviceTimeMs: 10, serviceTimeCv: 1 },
        { ...createComponent('database', 'db', 'DB', 'zone-b'), concurrency: 4, serviceTimeMs: 3, serviceTimeCv: 1 },
      ],
      [callEdge('e1', 'users', 'lb'), callEdge('e2', 'lb', 'app'), callEdge('e3', 'app', 'db')],
      { workload: workload(600, 0.8) },
    );
    const { samples, failed, errors } = compare(scenario, 300, 3);
    expect(failed).toBe(0);
    expect(samples).toBeGreaterThan(170_000);
    for (const value of Object.values(errors)) expect(value).toBeLessThan(0.03);
  });

  it('cross-region users, cache-aside reads, a parallel fan-out of two services and a low-cv service; 200 simulated s at 400 req/s', () => {
    const scenario = smallScenario(
      [
        createComponent('loadBalancer', 'lb', 'LB', 'region'),
        { ...createComponent('compute', 'front', 'Front', 'zone-a'), instances: 2, concurrency: 8, serviceTimeMs: 8, serviceTimeCv: 0.5 },
        { ...createComponent('compute', 'svc-1', 'Service 1', 'zone-b'), instances: 1, concurrency: 4, serviceTimeMs: 5, serviceTimeCv: 1 },
        { ...createComponent('compute', 'svc-2', 'Service 2', 'zone-c'), instances: 1, concurrency: 4, serviceTimeMs: 6, serviceTimeCv: 1.5 },
        { ...createComponent('cache', 'cache', 'Cache', 'zone-a'), hitRatio: 0.7, nodes: 1 },
        createComponent('database', 'db', 'DB', 'zone-a'),
      ],
      [
        callEdge('e1', 'users', 'lb'),
        callEdge('e2', 'lb', 'front'),
        callEdge('e3', 'front', 'svc-1', { parallelGroup: 'fan' }),
        callEdge('e4', 'front', 'svc-2', { parallelGroup: 'fan' }),
        callEdge('e5', 'front', 'cache', { appliesTo: 'reads' }),
        callEdge('e6', 'front', 'db'),
      ],
      { workload: workload(400, 0.7), clients: [{ id: 'users', name: 'Users', location: { kind: 'region', regionId: 'aws:us-east-1' }, share: 1, access: 'fixed', newConnectionFraction: 0.3 }] },
    );
    const { samples, failed, errors } = compare(scenario, 200, 5);
    expect(failed).toBe(0);
    expect(samples).toBeGreaterThan(75_000);
    for (const value of Object.values(errors)) expect(value).toBeLessThan(0.03);
  });

  it('every template at its own load: ≥ 50 000 simulated requests each', () => {
    for (const file of templateFiles()) {
      const scenario = loadTemplate(file);
      const seconds = Math.min(300, Math.max(20, 50_000 / scenario.workload.requestsPerSecond));
      const { failed, errors } = compare(scenario, seconds, 5);
      expect(failed, file).toBe(0);
      for (const [figure, value] of Object.entries(errors)) expect(value, `${file} ${figure}`).toBeLessThan(0.03);
    }
  });

  it('the edge-serverless template: CDN hits (a fixed 15 ms round trip to the edge, the median), serverless cold starts, a global table; 60 simulated s at 800 req/s', () => {
    // The simulator once added the edge round trip twice on a hit (as the hop's RTT and as the CDN's own delay): p50 30 ms for 15.
    const { samples, failed, errors } = compare(loadTemplate('edge-serverless.json'), 60, 11);
    expect(failed).toBe(0);
    expect(samples).toBeGreaterThan(40_000);
    for (const value of Object.values(errors)) expect(value).toBeLessThan(0.03);
  });

  it('one station whose service is not exponential (cv 0, 0.5, 2): the shape of the wait, not only its mean; 3 000–8 000 simulated s', () => {
    // With an exponential wait of Allen–Cunneen's mean, a single server of constant service at ρ = 0.5 read its p99 9 % high and one
    // of cv 2 15 % low; the wait given a wait now takes the M/G/1 queue's shape (`conditionalWaitShape`).
    // cv 2 at ρ = 0.3: at higher loads its busy periods are so long that the simulated percentiles wander by ±3 % between seeds.
    // cv 0.5 at ρ = 0.8 runs 12 000 s: over 3 000 s its simulated p99 wandered from −3.4 % to +4.8 % across seeds 1–6 (noise, not bias:
    // it averaged within 1 %), within 1.5 % over 12 000 s.
    for (const [servers, cv, rho, seconds] of [[1, 0, 0.5, 3000], [1, 0, 0.8, 3000], [1, 0.5, 0.5, 3000], [1, 0.5, 0.8, 12_000], [1, 2, 0.3, 8000], [4, 0.5, 0.8, 1000]] as const) {
      const serviceTimeMs = 10;
      const scenario = smallScenario(
        [{ ...createComponent('compute', 'app', 'App', 'zone-a'), instances: 1, concurrency: servers, serviceTimeMs, serviceTimeCv: cv }],
        [callEdge('e1', 'users', 'app')],
        { workload: workload((rho * servers * 1000) / serviceTimeMs, 1) },
      );
      const { samples, failed, errors } = compare(scenario, seconds, 3);
      expect(failed).toBe(0);
      expect(samples).toBeGreaterThan(140_000);
      for (const [figure, value] of Object.entries(errors)) expect(value, `c ${servers}, cv ${cv}, ρ ${rho}: ${figure}`).toBeLessThan(0.03);
    }
  }, 120_000);
});
