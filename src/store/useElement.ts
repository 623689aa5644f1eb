import { useCallback } from 'react';
import { useMeridianStore, type MeridianState } from './index';
import { selectClient, selectComponent, selectEdge, selectGroup } from './selectors';

function useById<T>(select: (state: MeridianState, id: string) => T, id: string): T {
  return useMeridianStore(useCallback((state: MeridianState) => select(state, id), [select, id]));
}

/** One component, re-rendering only when that component changes. */
export const useComponent = (id: string) => useById(selectComponent, id);
export const useGroup = (id: string) => useById(selectGroup, id);
export const useClient = (id: string) => useById(selectClient, id);
export const useEdge = (id: string) => useById(selectEdge, id);
