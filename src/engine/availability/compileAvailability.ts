import type { Scenario } from '../../model';
import { compileBdd, type CompactBdd } from './compileBdd';
import { buildScenarioFaultTree, type ScenarioFaultTree } from './scenarioFaultTree';
import { buildScenarioGraph } from './scenarioGraph';

/** The structure of a scenario's availability, compiled once per structural edit. */
export interface CompiledAvailability {
  scenarioId: string;
  structure: ScenarioFaultTree;
  /** BDD of every root (population × request class), in `structure.roots` order. */
  bdd: CompactBdd;
}

/**
 * Compiles a validated scenario's availability structure: the fault tree of "routers choose,
 * services need" over failure variables (domains, units, database copies) and its BDD, whose
 * variable order puts shared failure domains first (factoring on them). Parameter-only edits then
 * need only {@link availabilityParameters} + {@link evaluateAvailability}, a linear pass over the BDD.
 */
export function compileAvailability(scenario: Scenario): CompiledAvailability {
  const structure = buildScenarioFaultTree(buildScenarioGraph(scenario));
  const bdd = compileBdd(structure.tree, structure.variableOrder, structure.roots.map((root) => root.ref));
  return { scenarioId: scenario.id, structure, bdd };
}
