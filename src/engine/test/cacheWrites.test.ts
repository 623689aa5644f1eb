import { describe, expect, it } from 'vitest';
import { compileScenario, createSimulation, evaluate } from '..';
import { createComponent } from '../../model';
import { callEdge, constantCompute, smallScenario } from './smallScenario';

/**
 * Users → CDN (hit 0.6) → app → cache (hit 0.7, cache-aside, called by reads and writes: a write
 * updates it) and → database (one server, 10 ms). 100 req/s, 80 % reads. A CDN and a cache answer
 * reads only: reads reach the database at 100 × 0.8 × 0.4 × 0.3 = 9.6/s, every write goes on to it,
 * 100 × 0.2 = 20/s: 29.6/s, a busy fraction of 29.6 × 0.010 = 0.296. (Served from the CDN and the
 * cache, writes included, it would be 100 × 0.4 × 0.3 = 12/s.)
 */
function cachedDesign(servedFromCache: 'reads' | 'all') {
  return smallScenario(
    [
      { ...createComponent('cdn', 'cdn', 'CDN', null), hitRatio: 0.6 },
      constantCompute('app', 'zone-a', 1),
      { ...createComponent('cache', 'cache', 'Cache', 'zone-a'), hitRatio: 0.7 },
      { ...createComponent('database', 'db', 'Database', 'zone-a'), concurrency: 1, serviceTimeMs: 10, serviceTimeCv: 1 },
    ],
    [callEdge('e-cdn', 'users', 'cdn', { servedFromCache }), callEdge('e-origin', 'cdn', 'app'), callEdge('e-cache', 'app', 'cache', { servedFromCache }), callEdge('e-db', 'app', 'db')],
    { workload: { requestsPerSecond: 100, readFraction: 0.8, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } },
  );
}

describe('writes pass a CDN and a cache through to the database', () => {
  it('the database behind a CDN and a cache carries the reads both miss and every write: 29.6/s, analytic and simulated', () => {
    const scenario = cachedDesign('reads');
    const report = evaluate(scenario);
    expect(report.capacity.loadRequestsPerSecond.db).toBeCloseTo(29.6, 9);
    expect(report.capacity.loadRequestsPerSecond.cache).toBeCloseTo(100 * 0.8 * 0.4 + 100 * 0.2, 9);
    expect(report.capacity.utilization.db).toBeCloseTo(0.296, 9);
    const seconds = 600;
    const windows = createSimulation(compileScenario(scenario), { seconds, seed: 7 }).step(seconds).slice(5);
    const simulated = windows.reduce((sum, w) => sum + (w.utilization.db ?? 0), 0) / windows.length;
    expect(Math.abs(simulated / 0.296 - 1)).toBeLessThan(0.05);
  }, 120_000);

  it('an edge into a CDN or cache set to serve all requests is warned about, by name, and changes nothing', () => {
    const all = evaluate(cachedDesign('all'));
    const warned = all.warnings.filter((w) => w.code === 'cache.writesServed');
    expect(warned.map((w) => w.elementId)).toEqual(['e-cdn', 'e-cache']);
    expect(warned[0]?.message).toMatch(/Users → CDN .*cannot answer a write/);
    expect(all.capacity.loadRequestsPerSecond.db).toBe(evaluate(cachedDesign('reads')).capacity.loadRequestsPerSecond.db);
    expect(evaluate(cachedDesign('reads')).warnings.some((w) => w.code === 'cache.writesServed')).toBe(false);
  });
});
