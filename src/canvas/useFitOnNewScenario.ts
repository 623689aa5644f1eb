import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useMeridianStore } from '../store';
import { fitViewOptions } from './viewOptions';

/** Frames a newly opened scenario (import, restore, share link, another tab) once React Flow has drawn it. */
export function useFitOnNewScenario(): void {
  const { fitView } = useReactFlow();
  useEffect(
    () =>
      useMeridianStore.subscribe((state, previous) => {
        if (state.scenario.id !== previous.scenario.id || state.activeTabId !== previous.activeTabId) requestAnimationFrame(() => void fitView(fitViewOptions));
      }),
    [fitView],
  );
}
