export type * from './report';
export { compileScenario, updateCompiledModel, withRequestsPerSecond } from './compile/compileScenario';
export type { CompiledModel, CompiledTopology, ModelParameters } from './compile/compiledModel';
export { resolvePlacement, resolveAllPlacements, type Placement } from './compile/placement';
export { evaluatePerformance, type PerformanceEvaluation } from './evaluatePerformance';
export { evaluate, evaluateCompiled } from './evaluate';
export { createEngineSession, type EngineSession } from './session';
export {
  compileAvailability,
  sameAvailabilityStructure,
  availabilityParameters,
  evaluateAvailability,
  availabilityReportFrom,
  evaluateAvailabilityReport,
  availabilityStructureWarnings,
  availabilityImportance,
  availabilityFigure,
  runAvailabilityMonteCarlo,
  routerFailoverTime,
  reliabilityTradeoffRow,
  type CompiledAvailability,
  type AvailabilityParameters,
  type AvailabilityEvaluation,
  type MonteCarloEstimate,
  type FailoverTime,
  type FailoverTerm,
  type AvailabilityRoot,
  type RequestClass,
} from './availability';
export { evaluateRecoveryReport, recoveryReportFrom, strategyRecovery, drProvisionSeconds, pitrGranularitySeconds, defaultTrafficSwitchSeconds, type RecoveryOutcome } from './recovery';
export {
  componentAvailabilityDefault,
  domainAvailabilityDefault,
  instanceAvailabilityDefault,
  databaseCopyAvailabilityDefault,
  machineFailuresPerHour,
  managedServiceMttrHours,
  domainMttrHours,
} from './catalog/reliability';
export * from './numeric';
export { createRandomStream } from './random';
export * from './des';
export { regionalPremiumText } from './cost/regionalPremiumText';
export { compareTradeoffs, type ComparedConcern, type ComparedFigure } from './tradeoffs/compareTradeoffs';
export { tradeoffFigureRule, tradeoffWinnerKeys } from './tradeoffs/tradeoffFigures';
export { sweepLoad } from './sweep/sweepLoad';
export { createSweepPlanner, planSweep, sweepValueCount, type SweepKind, type SweepPlan, type SweepPlanner } from './sweep/sweepPlan';
export { sweepRegions, withRegions } from './sweep/sweepRegions';
export { sweepComponent, sweepHitRatio, sweepReplicas } from './sweep/sweepScenario';
export { linearSpace, type SweepPoint } from './sweep/sweepPoint';
export { erlangCWaitProbability } from './queueing/erlangC';
export { stationWait, type StationWait } from './queueing/stationWait';
export { siteRtt } from './network/siteRtt';
export { distanceModelRttMs } from './network/distanceModelRtt';
export { greatCircleKm } from './network/greatCircle';
export * from './catalog';
