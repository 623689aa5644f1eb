import type { ComponentSimulationState } from '../engine';
import { selectChaosState } from './chaosSelectors';
import { useMeridianStore } from './index';

/** The chaos state of one canvas element (see `selectChaosState`); re-renders only when it changes. */
export function useChaosState(id: string): ComponentSimulationState | null {
  return useMeridianStore((state) => selectChaosState(state, id));
}
