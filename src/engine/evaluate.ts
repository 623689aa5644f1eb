import type { Scenario } from '../model';
import { availabilityParameters, availabilityReportFrom, availabilityStructureWarnings, compileAvailability, reliabilityTradeoffRow, type CompiledAvailability } from './availability';
import { compileScenario } from './compile/compileScenario';
import type { CompiledModel } from './compile/compiledModel';
import { evaluatePerformance } from './evaluatePerformance';
import { recoveryReportFrom } from './recovery';
import type { Report, ReportWarning } from './report';
import { evaluateTradeoffs } from './tradeoffs/evaluateTradeoffs';

/** Availability warnings that repeat a performance warning about the same element (same problem, found twice). */
const alreadyWarned: Readonly<Record<string, string>> = {
  'availability.callCycle': 'graph.cycle',
  'availability.populationUnserved': 'graph.noEntry',
};

function mergeWarnings(performance: ReportWarning[], availability: ReportWarning[]): ReportWarning[] {
  const seen = new Set(performance.map((w) => `${w.code}|${w.elementId ?? ''}`));
  return [...performance, ...availability.filter((w) => !seen.has(`${alreadyWarned[w.code] ?? ''}|${w.elementId ?? ''}`))];
}

/**
 * The full report of SPEC §4 for a compiled model: latency, capacity and cost from the performance
 * half, availability and recovery from the availability structure (`availability`, compiled from the
 * model's scenario unless a caller that keeps one across parameter edits passes it), the tradeoff
 * rows of both, and the warnings of both passes.
 */
export function evaluateCompiled(model: CompiledModel, availability: CompiledAvailability = compileAvailability(model.scenario)): Report {
  const { scenario } = model;
  const performance = evaluatePerformance(model);
  const parameters = availabilityParameters(availability, scenario);
  const availabilityReport = availabilityReportFrom(availability, parameters);
  const recovery = recoveryReportFrom(availability, parameters, scenario);
  const rows = evaluateTradeoffs({ model, unitLoad: performance.unitLoad, latency: performance.latency, capacity: performance.capacity, cost: performance.cost });
  rows.splice(1, 0, reliabilityTradeoffRow(availabilityReport, recovery));
  return {
    scenario: { id: scenario.id, name: scenario.name },
    latency: performance.latency,
    capacity: performance.capacity,
    availability: availabilityReport,
    recovery,
    cost: performance.cost,
    tradeoffs: { rows },
    warnings: mergeWarnings(performance.warnings, availabilityStructureWarnings(availability, scenario)),
  };
}

/** Compiles and evaluates a validated scenario (see `evaluateCompiled`). */
export function evaluate(scenario: Scenario): Report {
  return evaluateCompiled(compileScenario(scenario));
}
