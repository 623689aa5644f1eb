import type { Scenario } from '../model';
import { AvailabilityCompiler } from './availability';
import { compileScenario, updateCompiledModel } from './compile/compileScenario';
import type { CompiledModel } from './compile/compiledModel';
import { evaluateCompiled } from './evaluate';
import { populationTrafficOf } from './performanceStructure';
import { ReliabilitySectionsCache } from './reliabilitySectionsCache';
import type { Report } from './report';

/**
 * A long-lived evaluator for a scenario being edited (the worker holds one): each call returns the full
 * SPEC §4 report, reusing the compiled structures when an edit changed only parameters.
 */
export interface EngineSession {
  evaluate(scenario: Scenario): Report;
}

/**
 * Starts a session with nothing compiled yet. It keeps both compiled structures: the performance
 * model (recompiled by `updateCompiledModel` when the topology changes) and the availability
 * structure (`AvailabilityCompiler.structureOf`: recompiled when the edit touched a field its compilation
 * read, reusing the BDD of the parts the edit left alone). The availability and recovery sections are
 * kept while the structure and every field they read hold (`ReliabilitySectionsCache`): they may read
 * the load, service times and concurrency too (a standby's scale-out), so no hand-kept list of
 * "performance-only" fields could say when they hold.
 */
export function createEngineSession(): EngineSession {
  let model: CompiledModel | null = null;
  const availabilityCompiler = new AvailabilityCompiler();
  const reliability = new ReliabilitySectionsCache();
  return {
    evaluate(scenario) {
      model = model ? updateCompiledModel(model, scenario) : compileScenario(scenario);
      const availability = availabilityCompiler.structureOf(scenario);
      return evaluateCompiled(model, availability, reliability.sectionsOf(availability, scenario, populationTrafficOf(model)));
    },
  };
}
