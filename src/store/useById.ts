import { useCallback } from 'react';
import { useMeridianStore, type MeridianState } from './index';

/** Subscribes to what `select` picks for one id; re-renders only when that value changes. */
export function useById<T>(select: (state: MeridianState, id: string) => T, id: string): T {
  return useMeridianStore(useCallback((state: MeridianState) => select(state, id), [select, id]));
}
