import type { Scenario } from '../../model';
import { keptWhileReadsHold, type ReadsMemo } from '../readRecord';
import type { CompactBdd } from './compactBdd';
import { callsAlwaysMadeTree } from './callsAlwaysMadeTree';
import { BddCompiler } from './compileBdd';
import { compileDomainMembership, type DomainMembership } from './domainMembership';
import { availabilityWarning } from './availabilityWarnings';
import { BddTooLarge } from './bdd';
import { buildScenarioFaultTree, type FaultTreeFidelity, type ScenarioFaultTree } from './scenarioFaultTree';
import { buildScenarioGraph, type ScenarioGraph } from './scenarioGraph';
import { compileTrafficPlan, type TrafficPlan } from './trafficPlan';

/** The structure of a scenario's availability, compiled once per structural edit. */
export interface CompiledAvailability {
  scenarioId: string;
  structure: ScenarioFaultTree;
  /** BDD of every root (population × request class), in `structure.roots` order. */
  bdd: CompactBdd;
  /**
   * Per fault-tree variable: index of its element in `scenario.groups` (provider, region, zone),
   * `scenario.edges` (callMade) or `scenario.components` (every other kind).
   */
  variableElement: Int32Array;
  /** Traffic shares and failover terms, resolved to indexes (per-edit walk). */
  traffic: TrafficPlan;
  /** Domain membership and router callers (recovery events). */
  domains: DomainMembership;
}

/**
 * Node budget of the exact BDD: about 0.3 s to build and 2 ms per parameter pass at the limit. A mesh
 * of partial calls or a router over many different services can need exponentially more.
 */
export const defaultMaxBddNodes = 250_000;

const fidelities: readonly FaultTreeFidelity[] = ['exact', 'callsAlwaysMade', 'noRouterRedundancy'];

/**
 * Compiles scenarios' availability structures one after another (an engine session holds one),
 * keeping a {@link BddCompiler} per fault-tree fidelity so that a structural edit pays only for the
 * part of the BDD it changed. Every result equals `compileAvailability` of the same scenario, number
 * for number, whatever was compiled before.
 */
export class AvailabilityCompiler {
  private readonly bddCompilers = new Map<FaultTreeFidelity, BddCompiler>();
  /** The structure compiled last, with what compiling it read of its scenario. */
  private readonly latest: ReadsMemo<CompiledAvailability> = {};

  /** @param maxBddNodes node budget of the exact BDD (see {@link defaultMaxBddNodes}) */
  constructor(private readonly maxBddNodes = defaultMaxBddNodes) {}

  /**
   * Compiles a validated scenario's availability structure: the fault tree of "routers choose,
   * services need" over failure variables (domains, units, database copies) and its BDD (within the
   * node budget, see `compileWithinBudget`), plus the index arrays the per-edit passes walk.
   * Parameter-only edits (see {@link sameAvailabilityStructure}) then need only
   * {@link availabilityParameters} + {@link evaluateAvailability}, linear passes over these arrays.
   */
  compile(scenario: Scenario): CompiledAvailability {
    const graph = buildScenarioGraph(scenario);
    const { structure, bdd } = this.compileWithinBudget(graph);
    const { groupIndex, componentIndex, edgeIndex } = graph;
    const variableElement = new Int32Array(
      structure.tree.variables.map((variable) => {
        const index = variable.kind === 'provider' || variable.kind === 'region' || variable.kind === 'zone' ? groupIndex : variable.kind === 'callMade' ? edgeIndex : componentIndex;
        return index.get(variable.elementId) ?? -1;
      }),
    );
    return { scenarioId: scenario.id, structure, bdd, variableElement, traffic: compileTrafficPlan(graph, structure), domains: compileDomainMembership(graph) };
  }

  /**
   * The availability structure of `scenario`: the one compiled last while every field its compilation
   * read (`recordReads`) is unchanged, as after a parameter edit, else compiled afresh. The key is
   * what the compilation read, so no edit can be served a stale structure, whatever fields the model
   * gains later.
   */
  structureOf(scenario: Scenario): CompiledAvailability {
    return keptWhileReadsHold(this.latest, scenario, (seen) => this.compile(seen));
  }

  /**
   * The most faithful fault tree whose BDD fits in the budget: exact, else with partial calls counted
   * as always made, else also without router redundancy or cache hits (both upper bounds on U, each
   * with a warning). The last has no AND across targets, so its BDD stays small and gets no budget.
   * The second is derived from the first (`callsAlwaysMadeTree`), not walked again.
   */
  private compileWithinBudget(graph: ScenarioGraph): { structure: ScenarioFaultTree; bdd: CompactBdd } {
    const exact = buildScenarioFaultTree(graph, 'exact');
    for (const fidelity of fidelities) {
      if (fidelity === 'callsAlwaysMade' && exact.partialCalls === 0) continue;
      const structure = fidelity === 'exact' ? exact : fidelity === 'callsAlwaysMade' ? callsAlwaysMadeTree(exact) : buildScenarioFaultTree(graph, fidelity);
      const last = fidelity === fidelities[fidelities.length - 1];
      try {
        const bdd = this.bddCompiler(fidelity).compile(structure.tree, structure.variableOrder, structure.roots.map((root) => root.ref), last ? Infinity : this.maxBddNodes);
        if (fidelity !== 'exact' && structure.partialCalls > 0) structure.warnings.push(availabilityWarning('availability.callsCountedAsMade', undefined, String(structure.partialCalls)));
        if (fidelity === 'noRouterRedundancy') structure.warnings.push(availabilityWarning('availability.routersWithoutRedundancy'));
        return { structure, bdd };
      } catch (error) {
        if (!(error instanceof BddTooLarge)) throw error;
      }
    }
    throw new Error('unreachable: the last fidelity has no node budget');
  }

  private bddCompiler(fidelity: FaultTreeFidelity): BddCompiler {
    let compiler = this.bddCompilers.get(fidelity);
    if (!compiler) {
      compiler = new BddCompiler();
      this.bddCompilers.set(fidelity, compiler);
    }
    return compiler;
  }
}

/** {@link AvailabilityCompiler.compile} in a fresh compiler: one scenario, nothing kept. */
export function compileAvailability(scenario: Scenario, maxBddNodes = defaultMaxBddNodes): CompiledAvailability {
  return new AvailabilityCompiler(maxBddNodes).compile(scenario);
}
