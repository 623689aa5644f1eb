import type { MeridianState } from './index';
import type { ElementBadge } from './resultBadges';

/** The badge of one component or group; none while the results are in error (they would be stale). */
export const selectElementBadge = (state: MeridianState, id: string): ElementBadge | undefined =>
  state.results.status === 'error' ? undefined : state.results.badges[id];

/** Requests per second along one edge. */
export const selectEdgeTrafficRps = (state: MeridianState, id: string): number | undefined =>
  state.results.status === 'error' ? undefined : state.results.edgeTrafficRps[id];

/** One population's p99, ms (`Infinity` when saturated). */
export const selectPopulationP99Ms = (state: MeridianState, id: string): number | undefined =>
  state.results.status === 'error' ? undefined : state.results.report?.latency.byPopulation[id]?.p99Ms;

/** Data transfer one edge causes, USD/month. */
export const selectEdgeTransferUsd = (state: MeridianState, id: string): number | undefined =>
  state.results.status === 'error' ? undefined : state.results.edgeTransferUsd[id];

/** The engine's problems with one element, as text. */
export const selectElementIssue = (state: MeridianState, id: string): string | undefined => state.results.issues[id];
