export { evaluateRecoveryReport, recoveryReportFrom } from './recoveryReport';
export { strategyRecovery, type RecoveryOutcome } from './recoveryPaths';
export { drProvisionSeconds, pitrGranularitySeconds, defaultTrafficSwitchSeconds } from './drStrategyDefaults';
