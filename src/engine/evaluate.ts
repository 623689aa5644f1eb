import type { Scenario } from '../model';
import { compileScenario } from './compile/compileScenario';
import type { CompiledModel } from './compile/compiledModel';
import { evaluatePerformance } from './evaluatePerformance';
import type { AvailabilityReport, RecoveryReport, Report, TradeoffRow } from './report';
import { evaluateTradeoffs } from './tradeoffs/evaluateTradeoffs';

/**
 * The reliability half of the engine (SPEC §2.3, §2.4): availability, recovery and the reliability row
 * of the tradeoff table. `evaluate` takes it as a parameter so the two halves stay independent;
 * src/engine/availability and src/engine/recovery provide it.
 */
export interface ReliabilityEvaluator {
  availability(scenario: Scenario): AvailabilityReport;
  recovery(scenario: Scenario): RecoveryReport;
  tradeoffRow(availability: AvailabilityReport, recovery: RecoveryReport): TradeoffRow;
}

/**
 * The full report of SPEC §4 for a compiled model: latency, capacity and cost from this half of the
 * engine, availability and recovery from `reliability`, and the tradeoff rows of both.
 */
export function evaluateCompiled(model: CompiledModel, reliability: ReliabilityEvaluator): Report {
  const performance = evaluatePerformance(model);
  const availability = reliability.availability(model.scenario);
  const recovery = reliability.recovery(model.scenario);
  const rows = evaluateTradeoffs({ model, unitLoad: performance.unitLoad, latency: performance.latency, capacity: performance.capacity, cost: performance.cost });
  rows.splice(1, 0, reliability.tradeoffRow(availability, recovery));
  return {
    scenario: { id: model.scenario.id, name: model.scenario.name },
    latency: performance.latency,
    capacity: performance.capacity,
    availability,
    recovery,
    cost: performance.cost,
    tradeoffs: { rows },
    warnings: performance.warnings,
  };
}

/** Compiles and evaluates a validated scenario (see `evaluateCompiled`). */
export function evaluate(scenario: Scenario, reliability: ReliabilityEvaluator): Report {
  return evaluateCompiled(compileScenario(scenario), reliability);
}
