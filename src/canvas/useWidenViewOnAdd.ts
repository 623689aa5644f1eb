import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useMeridianStore } from '../store';
import { fitViewOptions, viewInsetPx } from './viewOptions';
import { widenViewFor, type CanvasRect } from './widenViewFor';

/**
 * Keeps what a person adds in sight: when an added node lands out of view, or its group grows past
 * the edge of a view that held the whole design, the view zooms out to the whole design (never in).
 */
export function useWidenViewOnAdd(): void {
  const { fitView } = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(
    () =>
      useMeridianStore.subscribe((state, previous) => {
        if (state.scenario === previous.scenario || state.scenario.id !== previous.scenario.id || state.activeTabId !== previous.activeTabId) return;
        const { width, height, transform } = flowStore.getState();
        const [tx, ty, zoom] = transform;
        const view: CanvasRect = {
          x: (viewInsetPx.left - tx) / zoom,
          y: (viewInsetPx.top - ty) / zoom,
          width: (width - viewInsetPx.left - viewInsetPx.right) / zoom,
          height: (height - viewInsetPx.top - viewInsetPx.bottom) / zoom,
        };
        if (!widenViewFor(previous.scenario, state.scenario, view)) return;
        requestAnimationFrame(() => void fitView({ ...fitViewOptions, maxZoom: zoom, duration: 200 }));
      }),
    [fitView, flowStore],
  );
}
