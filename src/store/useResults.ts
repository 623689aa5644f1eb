import { useMeridianStore } from './index';
import { selectEdgeTrafficRps, selectEdgeTransferUsd, selectElementBadge, selectElementIssue, selectPopulationP99Ms } from './resultSelectors';
import { useById } from './useById';

/** One node's badge, re-rendering only when that badge changes. */
export const useElementBadge = (id: string) => useById(selectElementBadge, id);
export const useEdgeTrafficRps = (id: string) => useById(selectEdgeTrafficRps, id);
export const usePopulationP99Ms = (id: string) => useById(selectPopulationP99Ms, id);
export const useEdgeTransferUsd = (id: string) => useById(selectEdgeTransferUsd, id);
export const useElementIssue = (id: string) => useById(selectElementIssue, id);

/** The whole results state, for the dashboard. */
export const useResults = () => useMeridianStore((state) => state.results);
