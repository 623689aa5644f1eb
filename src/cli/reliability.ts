import { evaluateAvailabilityReport, reliabilityTradeoffRow } from '../engine/availability';
import type { ReliabilityEvaluator } from '../engine';
import { evaluateRecoveryReport } from '../engine/recovery';

/** The reliability half of the engine, plugged into `evaluate` through its seam. */
export const engineReliability: ReliabilityEvaluator = {
  availability: evaluateAvailabilityReport,
  recovery: evaluateRecoveryReport,
  tradeoffRow: reliabilityTradeoffRow,
};
