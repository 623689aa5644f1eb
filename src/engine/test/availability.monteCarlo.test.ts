import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model';
import { createExampleScenario } from '../../model';
import { availabilityParameters, compileAvailability, evaluateAvailability, runAvailabilityMonteCarlo } from '../availability';
import { createRandomStream } from '../random';
import { call, domains, down, emptyScenario, fleet, unit } from './availabilityFixtures';

/** A random multi-region topology (seeded): DNS → per-region LB → per-zone fleets → a shared or regional database. */
function randomTopology(seed: number): Scenario {
  const rng = createRandomStream(seed);
  const pick = (n: number) => Math.floor(rng.nextOpenUnit() * n) % n;
  const q = () => 10 ** (-1 - 2 * rng.nextOpenUnit()); // 1e-3 … 1e-1: frequent enough to sample
  const s = emptyScenario(0.5 + 0.5 * rng.nextOpenUnit());
  const regionIds = ['aws:eu-west-1', 'aws:us-east-1', 'aws:ap-northeast-1'];
  const regions = 1 + pick(3);
  s.components = [unit('dns', 'dns', q())];
  s.edges = [call('users', 'dns')];
  const sharedDb = pick(2) === 0;
  for (let r = 0; r < regions; r += 1) {
    const zones = 1 + pick(3);
    const zoneIds = Array.from({ length: zones }, (_, z) => `r${r}z${z}`);
    s.groups.push(...domains({ provider: q() / 10, region: q(), zone: q() }, zoneIds, `r${r}`, regionIds[r]));
    s.components.push({ ...unit('loadBalancer', `lb${r}`, q(), `r${r}`), multiAz: true });
    s.edges.push(call('dns', `lb${r}`));
    const dbId = sharedDb ? 'db' : `db${r}`;
    if (!sharedDb || r === 0) {
      const replicas = zoneIds.slice(1);
      s.components.push({ ...unit('database', dbId, q(), zoneIds[0]), model: replicas.length > 0 ? 'primaryReplica' : 'single', replicaGroupIds: replicas });
    }
    zoneIds.forEach((zone, z) => {
      const instances = 1 + pick(4);
      s.components.push({ ...fleet(`app${r}${z}`, q(), zone, instances, 1 + pick(instances)), availability: down(q()) });
      s.edges.push(call(`lb${r}`, `app${r}${z}`), call(`app${r}${z}`, dbId, { appliesTo: pick(3) === 0 ? 'writes' : 'all' }));
    });
  }
  return s;
}

describe('Monte Carlo cross-check', () => {
  it('agrees with the exact structural U within 4 standard errors on 12 random topologies', () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const s = randomTopology(seed);
      const compiled = compileAvailability(s);
      const parameters = availabilityParameters(compiled, s);
      const exact = evaluateAvailability(compiled, parameters).overallStructural;
      const estimate = runAvailabilityMonteCarlo(compiled, parameters, 200_000, seed);
      expect(estimate.standardError).toBeGreaterThan(0);
      expect(Math.abs(estimate.unavailability - exact)).toBeLessThan(4 * estimate.standardError);
    }
  });

  it('brackets the example (with unavailabilities raised 20× so failures are sampled) in its 95 % interval', () => {
    const s = createExampleScenario();
    s.groups = s.groups.map((g) => ({ ...g, availability: down(g.kind === 'zone' ? 1e-2 : 2e-3) }));
    s.components = s.components.map((c) => ({ ...c, availability: down(c.kind === 'dns' ? 0 : 0.05) }));
    const compiled = compileAvailability(s);
    const parameters = availabilityParameters(compiled, s);
    const exact = evaluateAvailability(compiled, parameters).overallStructural;
    const estimate = runAvailabilityMonteCarlo(compiled, parameters, 400_000, 99);
    expect(exact).toBeGreaterThan(estimate.confidenceInterval95[0]);
    expect(exact).toBeLessThan(estimate.confidenceInterval95[1]);
  });

  it('is deterministic for a seed and samples sparsely (work ∝ failures, not trials × variables)', () => {
    const s = createExampleScenario();
    const compiled = compileAvailability(s);
    const parameters = availabilityParameters(compiled, s);
    const a = runAvailabilityMonteCarlo(compiled, parameters, 100_000, 5);
    const b = runAvailabilityMonteCarlo(compiled, parameters, 100_000, 5);
    expect(b.unavailability).toBe(a.unavailability);
    // Expected failures = trials × Σ q ≈ 1e5 × 0.0113 ≈ 1 130, far below trials × variables = 1.1e6.
    const expectedFailures = 100_000 * parameters.unavailability.reduce((sum, q) => sum + q, 0);
    expect(Math.abs(a.sampledFailures - expectedFailures)).toBeLessThan(5 * Math.sqrt(expectedFailures));
  });

  it('reports the rule-of-three bound when nothing fails', () => {
    const s = emptyScenario();
    s.components = [fleet('a', 0)];
    s.edges = [call('users', 'a')];
    const compiled = compileAvailability(s);
    const estimate = runAvailabilityMonteCarlo(compiled, availabilityParameters(compiled, s), 1000, 1);
    expect(estimate.unavailability).toBe(0);
    expect(estimate.confidenceInterval95).toEqual([0, 3 / 1000]);
  });
});
