import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model';
import { availabilityParameters, compileAvailability, evaluateAvailability, type CompiledAvailability } from '../availability';
import { evaluate } from '../evaluate';
import { call, domains, emptyScenario, fleet, unit } from './availabilityFixtures';

/**
 * A mesh the exact BDD cannot afford at scale: a load balancer over `width` different services, each
 * calling two services of the next layer on half of its requests, `depth` layers deep, spread over
 * three zones. Exact availability of such call meshes is #P-hard (network reliability).
 */
function mesh(width: number, depth: number): Scenario {
  const s = emptyScenario(0.8);
  s.groups = domains({ provider: 1e-5, region: 1e-4, zone: 5e-4 }, ['za', 'zb', 'zc']);
  s.components = [unit('loadBalancer', 'lb', 1e-4, 'r')];
  s.edges = [call('users', 'lb')];
  const id = (layer: number, i: number) => `s${layer}-${i}`;
  for (let layer = 0; layer < depth; layer += 1) {
    for (let i = 0; i < width; i += 1) {
      s.components.push(fleet(id(layer, i), 0.01, ['za', 'zb', 'zc'][(i + layer) % 3], 2));
      if (layer === 0) s.edges.push(call('lb', id(0, i)));
      else for (const from of [i, (i + 1) % width]) s.edges.push(call(id(layer - 1, from), id(layer, i), { callsPerRequest: 0.5 }));
    }
  }
  return s;
}

const overall = (compiled: CompiledAvailability, s: Scenario) => evaluateAvailability(compiled, availabilityParameters(compiled, s)).overall;
const codes = (compiled: CompiledAvailability) => compiled.structure.warnings.map((w) => w.code);

describe('the BDD node budget: never hang, say when the answer is a bound', () => {
  it('is exact when the diagram fits', () => {
    const s = mesh(6, 4);
    const compiled = compileAvailability(s);
    expect(compiled.structure.fidelity).toBe('exact');
    expect(codes(compiled)).not.toContain('availability.callsCountedAsMade');
  });

  it('over budget, counts partial calls as always made: an upper bound, with a warning', () => {
    const s = mesh(6, 4); // exact: 4 596 nodes; partial calls always made: 140
    const exact = overall(compileAvailability(s), s);
    const bounded = compileAvailability(s, 2000);
    expect(bounded.structure.fidelity).toBe('callsAlwaysMade');
    expect(bounded.structure.tree.variables.some((v) => v.kind === 'callMade')).toBe(false);
    expect(codes(bounded)).toContain('availability.callsCountedAsMade');
    expect(overall(bounded, s)).toBeGreaterThanOrEqual(exact);
  });

  it('as a last resort drops router redundancy (a coarser upper bound) and still answers', () => {
    const s = mesh(6, 4);
    const calls = overall(compileAvailability(s, 2000), s);
    const coarse = compileAvailability(s, 20);
    expect(coarse.structure.fidelity).toBe('noRouterRedundancy');
    expect(codes(coarse)).toEqual(expect.arrayContaining(['availability.callsCountedAsMade', 'availability.routersWithoutRedundancy']));
    expect(overall(coarse, s)).toBeGreaterThanOrEqual(calls);
  });

  it('a 600-component mesh gives a full report in seconds, not never, and the warning reaches the report', () => {
    const s = mesh(20, 30);
    const report = evaluate(s);
    expect(report.availability.unavailability).toBeGreaterThan(0);
    expect(report.warnings.map((w) => w.code)).toContain('availability.callsCountedAsMade');
  }, 20_000);
});
