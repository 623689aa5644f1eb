import type { Scenario } from '../model';
import { availabilityParameters, availabilityReportFrom, availabilityStructureWarnings, compileAvailability, reliabilityTradeoffRow, type CompiledAvailability } from './availability';
import { compileScenario } from './compile/compileScenario';
import type { CompiledModel } from './compile/compiledModel';
import { evaluatePerformance } from './evaluatePerformance';
import type { PopulationTraffic } from './capacity/populationTraffic';
import { populationTrafficOf } from './performanceStructure';
import { connectedPopulations, markConnections } from './populationConnections';
import { recoveryReportFrom } from './recovery';
import type { AvailabilityReport, RecoveryReport, Report, ReportWarning, TradeoffRow } from './report';
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

/** The sections of a report the availability structure gives: what a performance-only edit leaves unchanged. */
export interface ReliabilitySections {
  availability: AvailabilityReport;
  recovery: RecoveryReport;
  row: TradeoffRow;
  warnings: ReportWarning[];
}

/**
 * Availability, recovery, the reliability tradeoff row and the structure's warnings of `scenario`
 * (SPEC §2.3, §2.4), routing requests by the design's one traffic plan (`traffic`: computed from the
 * scenario unless the caller has it).
 */
export function reliabilitySections(availability: CompiledAvailability, scenario: Scenario, traffic?: PopulationTraffic): ReliabilitySections {
  const parameters = availabilityParameters(availability, scenario, traffic);
  const availabilityReport = availabilityReportFrom(availability, parameters);
  const recovery = recoveryReportFrom(availability, parameters, scenario);
  return { availability: availabilityReport, recovery, row: reliabilityTradeoffRow(availabilityReport, recovery), warnings: availabilityStructureWarnings(availability, scenario) };
}

/**
 * The full report of SPEC §4 for a compiled model: latency, capacity and cost from the performance
 * half, availability and recovery from the availability structure (`availability`, compiled from the
 * model's scenario unless a caller that keeps one across parameter edits passes it; `reliability`,
 * the sections it gives, when a caller knows they hold for this scenario), the tradeoff rows of
 * both, and the warnings of both passes.
 */
export function evaluateCompiled(model: CompiledModel, availability: CompiledAvailability = compileAvailability(model.scenario), reliability: ReliabilitySections = reliabilitySections(availability, model.scenario, populationTrafficOf(model))): Report {
  const { scenario } = model;
  const performance = evaluatePerformance(model);
  const rows = evaluateTradeoffs({ model, populationReach: performance.populationReach, latency: performance.latency, capacity: performance.capacity, cost: performance.cost });
  rows.splice(1, 0, reliability.row);
  const { latency, availability: availabilityReport } = markConnections(performance.latency, reliability.availability, connectedPopulations(model.topology));
  return {
    scenario: { id: scenario.id, name: scenario.name },
    latency,
    capacity: performance.capacity,
    availability: availabilityReport,
    recovery: reliability.recovery,
    cost: performance.cost,
    tradeoffs: { rows },
    warnings: mergeWarnings(performance.warnings, reliability.warnings),
  };
}

/** Compiles and evaluates a validated scenario (see `evaluateCompiled`). */
export function evaluate(scenario: Scenario): Report {
  return evaluateCompiled(compileScenario(scenario));
}
