import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useMeridianStore } from '../store';
import { fitViewOptions } from './viewOptions';

const zoomStep = { duration: 150 };

/**
 * Frames the design when a new one opens (import, restore, share link, another tab), and carries out
 * view changes asked for from outside the canvas (zoom shortcuts, tidy-up), once React Flow has drawn.
 */
export function useViewRequests(): void {
  const { fitView, zoomIn, zoomOut } = useReactFlow();
  useEffect(
    () =>
      useMeridianStore.subscribe((state, previous) => {
        const request = state.viewRequest !== previous.viewRequest ? state.viewRequest : null;
        const opened = state.scenario.id !== previous.scenario.id || state.activeTabId !== previous.activeTabId;
        if (opened || request?.kind === 'fit') requestAnimationFrame(() => void fitView({ ...fitViewOptions, duration: opened ? 0 : 200 }));
        else if (request?.kind === 'zoomIn') void zoomIn(zoomStep);
        else if (request?.kind === 'zoomOut') void zoomOut(zoomStep);
      }),
    [fitView, zoomIn, zoomOut],
  );
}
