import type { TradeoffRow } from '../engine';

/** What a reader calls each concern of the tradeoff table (SPEC §2.7), in reports and the compare view. */
export const concernLabels: Record<TradeoffRow['concern'], string> = {
  scalability: 'Scalability',
  reliability: 'Reliability',
  performance: 'Performance',
  cost: 'Cost',
  operationalComplexity: 'Operational complexity',
  security: 'Security',
  consistency: 'Consistency',
};
