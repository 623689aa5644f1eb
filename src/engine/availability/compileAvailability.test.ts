import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structuralEdit } from '../../../bench/designEdits';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { createComponent, createEdge, createGroup, parseScenario, type CallEdge, type Component, type Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';
import { loadTemplate } from '../test/templateFixtures';
import { AvailabilityCompiler, compileAvailability } from './compileAvailability';

/** One edit of the canvas or the inspector; `at` picks the element (modulo their count), `step` names what it adds. */
type Edit =
  | { kind: 'addCache' | 'removeComponent' | 'addZone'; at: number }
  | { kind: 'addService'; at: number; rate: number }
  | { kind: 'replicas'; at: number; count: number }
  | { kind: 'callRate'; at: number; rate: number }
  | { kind: 'instances'; at: number; count: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('addCache' as const, 'removeComponent' as const, 'addZone' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('addService' as const), at: fc.nat(), rate: fc.constantFrom(1, 0.5) }),
  fc.record({ kind: fc.constant('replicas' as const), at: fc.nat(), count: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('callRate' as const), at: fc.nat(), rate: fc.constantFrom(0, 0.3, 1) }),
  fc.record({ kind: fc.constant('instances' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
);

const pick = <T,>(items: readonly T[], at: number): T | undefined => items[at % Math.max(1, items.length)];

/** A new component in `caller`'s group, called by it. */
function addCallee(scenario: Scenario, caller: Component, callee: Component, patch: Partial<CallEdge>): Scenario {
  const edge = { ...(createEdge('call', `${callee.id}-call`, caller.id, callee.id) as CallEdge), ...patch };
  return { ...scenario, components: [...scenario.components, callee], edges: [...scenario.edges, edge] };
}

/** Applies `change` as the store's commands do: new objects for what changed, the same objects elsewhere. */
function applyEdit(scenario: Scenario, change: Edit, step: number): Scenario {
  const { components, groups, edges } = scenario;
  const compute = pick(components.filter((c) => c.kind === 'compute'), change.at);
  const replace = (target: Component, patched: Component): Scenario => ({ ...scenario, components: components.map((c) => (c === target ? patched : c)) });
  switch (change.kind) {
    case 'addCache':
      return compute ? addCallee(scenario, compute, { ...createComponent('cache', `cache-${step}`, 'cache', compute.groupId), nodes: 2 }, { appliesTo: 'reads' }) : scenario;
    case 'addService':
      return compute ? addCallee(scenario, compute, { ...createComponent('compute', `svc-${step}`, 'svc', compute.groupId), instances: 2 }, { callsPerRequest: change.rate }) : scenario;
    case 'removeComponent': {
      const gone = pick(components, change.at);
      return { ...scenario, components: components.filter((c) => c !== gone), edges: edges.filter((e) => e.from !== gone?.id && e.to !== gone?.id) };
    }
    case 'addZone': {
      const region = pick(groups.filter((g) => g.kind === 'region'), change.at);
      if (!region || !compute) return scenario;
      const zone = createGroup('zone', `zone-${step}`, 'zone', region.id, `zone-${step}`);
      return { ...replace(compute, { ...compute, groupId: zone.id }), groups: [...groups, zone] };
    }
    case 'replicas': {
      const database = pick(components.filter((c) => c.kind === 'database'), change.at);
      if (database?.kind !== 'database') return scenario;
      const replicaGroupIds = groups.filter((g) => g.kind === 'zone' && g.id !== database.groupId).slice(0, change.count).map((g) => g.id);
      const model = replicaGroupIds.length === 0 ? 'single' : database.model === 'single' ? 'primaryReplica' : database.model;
      return replace(database, { ...database, model, replicaGroupIds });
    }
    case 'callRate': {
      const call = pick(edges.filter((e) => e.kind === 'call' && components.some((c) => c.id === e.from)), change.at);
      return { ...scenario, edges: edges.map((e) => (e === call && e.kind === 'call' ? { ...e, callsPerRequest: change.rate } : e)) };
    }
    case 'instances':
      return compute?.kind === 'compute' ? replace(compute, { ...compute, instances: change.count, minHealthy: Math.min(compute.minHealthy, change.count) }) : scenario;
  }
}

/** The edited scenario when it is valid (an edit the schema refuses, e.g. a replica in the primary's zone, is dropped). */
function edited(scenario: Scenario, change: Edit, step: number): Scenario {
  const parsed = parseScenario(applyEdit(scenario, change, step));
  return parsed.ok ? parsed.scenario : scenario;
}

const starts: Array<[string, Scenario]> = [
  ['multi-AZ three tier', loadTemplate('multi-az-three-tier.json')],
  ['shop microservices', loadTemplate('shop-microservices.json')],
  ['two regions active-active', loadTemplate('two-region-active-active.json')],
  ['a synthetic 40-component mesh', syntheticScenario(40, 7)],
];

/** The smallest node budget the exact diagram of `scenario` fits in, for a fresh compile. */
function smallestExactBudget(scenario: Scenario): number {
  let low = 2;
  let high = 1 << 20;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compileAvailability(scenario, middle).structure.fidelity === 'exact') high = middle;
    else low = middle + 1;
  }
  return low;
}

describe('AvailabilityCompiler: incremental, and exactly a fresh compile', () => {
  for (const [name, start] of starts) {
    it(`gives the session the availability and recovery sections of a fresh evaluation after any sequence of edits (${name})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const session = createEngineSession();
          let scenario = start;
          session.evaluate(scenario);
          edits.forEach((change, step) => {
            scenario = edited(scenario, change, step);
            const report = session.evaluate(scenario);
            const fresh = evaluate(scenario);
            expect(report.availability).toEqual(fresh.availability);
            expect(report.recovery).toEqual(fresh.recovery);
          });
        }),
        { numRuns: 25, seed: 20261129 },
      );
    }, 120_000);
  }

  it('picks the fidelity a fresh compile picks, at the very edge of the node budget, whatever it compiled before', () => {
    const mesh = syntheticScenario(40, 7);
    const low = smallestExactBudget(mesh);
    expect(compileAvailability(mesh, low - 1).structure.fidelity).toBe('callsAlwaysMade');
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        for (const budget of [low, low - 1]) {
          const compiler = new AvailabilityCompiler(budget);
          let scenario = mesh;
          edits.forEach((change, step) => {
            scenario = edited(scenario, change, step);
            compiler.compile(scenario);
          });
          expect(compiler.compile(mesh)).toEqual(compileAvailability(mesh, budget));
        }
      }),
      { numRuns: 20, seed: 7 },
    );
  }, 120_000);

  it('answers as a fresh compile at every step of the bench cycle of structural edits, made three times, at budgets on both sides of its edge', () => {
    // Each edit removes the last one's cache and adds another: the compiler keeps node counts and calls
    // found too large from one edit to the next, and the third time round finds every step seen before.
    const mesh = syntheticScenario(40, 7);
    const edits = Array.from({ length: 6 }, (_, i) => structuralEdit(mesh, i));
    const budgets = edits.map(smallestExactBudget);
    for (const budget of [Math.min(...budgets), Math.max(...budgets) - 1, Math.max(...budgets)]) {
      const compiler = new AvailabilityCompiler(budget);
      compiler.compile(mesh);
      for (let round = 0; round < 3; round += 1) for (const scenario of edits) expect(compiler.compile(scenario)).toEqual(compileAvailability(scenario, budget));
    }
  }, 120_000);
});
