import type { Scenario } from '../model';
import { evaluateAvailabilityReport, reliabilityTradeoffRow } from './availability';
import { compileScenario, updateCompiledModel } from './compile/compileScenario';
import type { CompiledModel } from './compile/compiledModel';
import { evaluateCompiled, type ReliabilityEvaluator } from './evaluate';
import { evaluateRecoveryReport } from './recovery';
import type { Report } from './report';

/** The reliability half of the engine, as `evaluate` takes it. */
export const engineReliability: ReliabilityEvaluator = {
  availability: evaluateAvailabilityReport,
  recovery: evaluateRecoveryReport,
  tradeoffRow: reliabilityTradeoffRow,
};

/**
 * A long-lived evaluator for a scenario being edited (the worker holds one): each call returns the full
 * SPEC §4 report, reusing the compiled structure when an edit changed only parameters.
 */
export interface EngineSession {
  evaluate(scenario: Scenario): Report;
}

/** Starts a session with nothing compiled yet. */
export function createEngineSession(): EngineSession {
  let model: CompiledModel | null = null;
  return {
    evaluate(scenario) {
      model = model ? updateCompiledModel(model, scenario) : compileScenario(scenario);
      return evaluateCompiled(model, engineReliability);
    },
  };
}
