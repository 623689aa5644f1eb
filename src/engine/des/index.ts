export { EventHeap } from './eventHeap';
export { simulateMmcStation, type MmcStationRun, type MmcStationResult } from './mmcStation';
export { createSimulation, type Simulation } from './simulation';
export { maxWaitingJobs } from './unitStations';
export type { SimulationOptions, SimulationTotals, SimulationWindow, ComponentSimulationState } from './simulationTypes';
export { parseFailureSpec, resolveFailureTarget, type FailureInjection } from './failureTimeline';
export type { CircuitBreakerSettings } from './circuitBreakers';
export { simulateAvailability, failureProcessesOf, type FailureProcess, type AvailabilityRunEstimate } from './availabilityRun';
export { judgeRecovery, servingP99Factor, type RecoveryVerdict, type RecoveryVerdictInput, type ExpectedFailover } from './recoveryVerdict';
