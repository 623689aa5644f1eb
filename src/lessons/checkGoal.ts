import type { Report } from '../engine';
import { figureUnit, parseFigurePath, thresholdInFigureUnit, type Comparator, type FigureCondition, type FigureUnit, type Goal, type GoalCondition, type SurviveCondition } from '../model';
import { formatFigure } from './describeCondition';
import { readFigure } from './readFigure';

/** How one condition of a goal fares against a report. */
export interface ConditionResult {
  condition: GoalCondition;
  passed: boolean;
  /** The figure's value in `unit` (a survive condition: 1 when survived, 0 when not); null when the report has none. */
  actual: number | null;
  unit: FigureUnit | null;
  /** The figure as people read it ("99.9999999999999999 %", "not connected"); null when the report has none. */
  actualText: string | null;
  /** Why the condition could not be checked (a population or failure the design does not have). */
  problem: string | null;
}

export interface GoalResult {
  passed: boolean;
  conditions: ConditionResult[];
}

const compare: Record<Comparator, (actual: number, threshold: number) => boolean> = {
  '<': (a, t) => a < t,
  '<=': (a, t) => a <= t,
  '>': (a, t) => a > t,
  '>=': (a, t) => a >= t,
};

function checkFigure(condition: FigureCondition, report: Report): ConditionResult {
  const ref = parseFigurePath(condition.figure);
  if (!ref) return { condition, passed: false, actual: null, unit: null, actualText: null, problem: `"${condition.figure}" names no report figure` };
  const unit = figureUnit(ref);
  const threshold = thresholdInFigureUnit(condition.threshold.value, condition.threshold.unit, unit);
  const reading = readFigure(report, ref);
  if (!reading.ok) return { condition, passed: false, actual: null, unit, actualText: null, problem: reading.reason };
  const actualText = reading.text ?? formatFigure(reading.value, unit);
  if (threshold === null) return { condition, passed: false, actual: reading.value, unit, actualText, problem: `a threshold in ${condition.threshold.unit} cannot be compared with ${unit}` };
  // NaN never passes: a figure the engine could not compute is not a goal met.
  return { condition, passed: !Number.isNaN(reading.value) && compare[condition.comparator](reading.value, threshold), actual: reading.value, unit, actualText, problem: null };
}

function checkSurvive(condition: SurviveCondition, report: Report): ConditionResult {
  const event = report.recovery.events.find((candidate) => candidate.id === condition.event);
  if (!event) return { condition, passed: false, actual: null, unit: null, actualText: null, problem: `no failure "${condition.event}" in this design` };
  return { condition, passed: event.survived, actual: event.survived ? 1 : 0, unit: null, actualText: event.survived ? 'served throughout' : 'users lose service', problem: null };
}

/**
 * Checks a lesson goal against an engine report: every condition passes or fails on its own, and
 * the goal is met only when all of them pass. Pure: the same report always gives the same verdict.
 */
export function checkGoal(goal: Goal, report: Report): GoalResult {
  const conditions = goal.conditions.map((condition) => (condition.kind === 'figure' ? checkFigure(condition, report) : checkSurvive(condition, report)));
  return { passed: conditions.every((result) => result.passed), conditions };
}
