import { describe, expect, it } from 'vitest';
import { createChainScenario, maxComponents, parseScenario, type ComponentKind, type Scenario } from '../../model';
import { compileAvailability } from '../availability';
import { BddCompiler } from '../availability/compileBdd';
import { buildScenarioGraph } from '../availability/scenarioGraph';
import { buildScenarioFaultTree } from '../availability/scenarioFaultTree';
import { reliabilitySections } from '../evaluate';

function parsedChain(length: number, kind?: ComponentKind, callsPerRequest?: number): Scenario {
  const parsed = parseScenario(createChainScenario(length, kind, callsPerRequest));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  return parsed.scenario;
}

const unavailabilityOf = (scenario: Scenario) => reliabilitySections(compileAvailability(scenario), scenario).availability.unavailability;

// A chain as long as the limits allow: every walk over it is iterative (a recursive one overflowed the stack at ~800).
describe(`a chain of ${maxComponents} components (the schema's limit)`, { timeout: 60_000 }, () => {
  it('has the availability of its closed form: the shared domains up and every one of its components up', () => {
    // U(n) = 1 − A_domains · aⁿ; a and A_domains from the chains of one and two.
    const [one, two, all] = [1, 2, maxComponents].map((length) => unavailabilityOf(parsedChain(length)));
    const a = (1 - (two as number)) / (1 - (one as number));
    const domains = (1 - (one as number)) / a;
    expect(all).toBeCloseTo(1 - domains * a ** maxComponents, 12);
    expect(all).toBeGreaterThan(0);
  });

  it('names its shared domains as single points of failure (each fleet has two instances), and gives each fleet an instance failure event', () => {
    const scenario = parsedChain(maxComponents);
    const sections = reliabilitySections(compileAvailability(scenario), scenario);
    expect(scenario.components.every((c) => c.kind === 'compute' && c.instances === 2 && c.minHealthy === 1)).toBe(true);
    expect(new Set(sections.availability.singlePointsOfFailure)).toEqual(new Set(['aws', 'region']));
    expect(sections.recovery.events.filter((event) => event.kind === 'instance')).toHaveLength(maxComponents);
  });

  it.each(['loadBalancer', 'dns', 'cdn'] as const)('of %s routers, each with one target: finite figures', (kind) => {
    const scenario = parsedChain(maxComponents, kind);
    const sections = reliabilitySections(compileAvailability(scenario), scenario);
    expect(Number.isFinite(sections.availability.nines)).toBe(true);
    expect(Number.isFinite(sections.recovery.worstRtoSeconds)).toBe(true);
  });

  it('made on half the requests each: a callMade variable per call, still exact', () => {
    const scenario = parsedChain(maxComponents, 'compute', 0.5);
    expect(compileAvailability(scenario).structure.fidelity).toBe('exact');
  });

  it('builds a decision diagram linear in its length: each F(callee) is a sub-diagram of F(caller)', () => {
    // Callees before callers in the variable order made every gate's diagram distinct: n²/2 nodes.
    const structure = buildScenarioFaultTree(buildScenarioGraph(parsedChain(maxComponents)));
    const compiler = new BddCompiler();
    compiler.compile(structure.tree, structure.variableOrder, structure.roots.map((root) => root.ref));
    expect(compiler.heldNodes).toBeLessThan(10 * maxComponents);
  });
});
