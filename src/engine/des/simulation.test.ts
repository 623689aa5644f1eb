import { describe, expect, it } from 'vitest';
import { createComponent, createExampleScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { callEdge, smallScenario } from '../test/smallScenario';
import { createSimulation } from './simulation';
import type { SimulationOptions, SimulationWindow } from './simulationTypes';

const example = compileScenario(createExampleScenario());
const options: SimulationOptions = { seconds: 40, seed: 5, failures: [{ target: 'zone-b', atSeconds: 10, repairAtSeconds: 30 }] };

function runInChunks(chunkSeconds: number, maxEvents?: number): { windows: SimulationWindow[]; totals: ReturnType<ReturnType<typeof createSimulation>['totals']> } {
  const simulation = createSimulation(example, options);
  const windows: SimulationWindow[] = [];
  for (let until = chunkSeconds; !simulation.done; until = Math.min(until + chunkSeconds, options.seconds)) {
    windows.push(...simulation.step(until, maxEvents));
  }
  return { windows, totals: simulation.totals() };
}

describe('createSimulation', () => {
  it('gives the same run for a seed whether stepped at once or in small, event-capped chunks', () => {
    const whole = runInChunks(options.seconds);
    const chunked = runInChunks(0.7, 5_000);
    expect(chunked).toEqual(whole);
    expect(whole.windows).toHaveLength(40);
    expect(whole.totals.requests).toBeGreaterThan(15_000);
  });

  it('differs between seeds', () => {
    const a = createSimulation(example, { ...options, seed: 1 });
    const b = createSimulation(example, { ...options, seed: 2 });
    a.step(5);
    b.step(5);
    expect(a.totals().requests).not.toBe(b.totals().requests);
  });

  it('shows the zone outage on the canvas states: app-b down and the LB failing over until detection', () => {
    const { windows } = runInChunks(options.seconds);
    const at = (second: number) => windows.find((w) => w.startSeconds === second) as SimulationWindow;
    expect(at(5).states).toEqual({});
    expect(at(15).states).toMatchObject({ 'app-b': 'down', lb: 'failingOver', db: 'degraded' });
    expect(at(15).successRate).toBeGreaterThan(0.3);
    expect(at(15).successRate).toBeLessThan(0.7);
    expect(at(35).states['app-b']).toBeUndefined();
  });

  it('autoscales a fleet that lost an instance, serving again scaleUpSeconds after the next check', () => {
    const scenario = smallScenario(
      [{ ...createComponent('compute', 'app', 'App', 'zone-a'), instances: 2, concurrency: 4, serviceTimeMs: 10, autoscaling: { enabled: true, min: 2, max: 6, targetUtilization: 0.6, scaleUpSeconds: 30 } }],
      [callEdge('e1', 'users', 'app')],
      { workload: { requestsPerSecond: 380, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } },
    );
    const simulation = createSimulation(compileScenario(scenario), { seconds: 120, seed: 3, failures: [{ target: 'app/1', atSeconds: 10, repairAtSeconds: null }] });
    const windows = simulation.step(120);
    // 380 req/s × 10 ms / 4 servers: ρ ≈ 0.48 on two instances, ≈ 0.95 on the survivor; check at 60 s, more instances from 90 s.
    expect(windows[5]?.utilization.app).toBeLessThan(0.6);
    expect(windows[50]?.utilization.app).toBeGreaterThan(0.85);
    expect(windows[100]?.utilization.app).toBeLessThan(0.6);
  });

  it('a circuit breaker fails calls at once while open, and so holds service back until its half-open trial after the repair', () => {
    const scenario = smallScenario(
      [{ ...createComponent('compute', 'app', 'App', 'zone-a'), concurrency: 16 }, createComponent('external', 'ext', 'Payments API')],
      [callEdge('e1', 'users', 'app'), callEdge('e2', 'app', 'ext')],
      { workload: { requestsPerSecond: 100, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } },
    );
    const run = (circuitBreakers: SimulationOptions['circuitBreakers']) => {
      const simulation = createSimulation(compileScenario(scenario), { seconds: 60, seed: 2, failures: [{ target: 'ext', atSeconds: 5, repairAtSeconds: 20 }], circuitBreakers });
      simulation.step(60);
      return simulation.totals().timeToRecoverSeconds ?? Number.NaN;
    };
    // Without a breaker service returns with the repair (15 s); with one open for 30 s, at its first trial after ≈ 5 + 30 s.
    expect(Math.abs(run(undefined) - 15)).toBeLessThan(0.5);
    expect(Math.abs(run({ e2: { failureThreshold: 5, openSeconds: 30 } }) - 30)).toBeLessThan(1);
  });
});
