import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** Below this zoom, cards switch to their compact form: a larger name and their key badge, no detail line. */
export const compactZoom = 0.75;

/**
 * Tells the canvas's CSS how far it is zoomed out, without re-rendering a single node: the zoom goes
 * into a CSS variable (handles keep a usable hit area) and a boolean class switches cards to their
 * compact form. Only this component follows every zoom step.
 */
export function ZoomStyle() {
  const zoom = useStore((state) => state.transform[2]);
  const flowStore = useStoreApi();
  useEffect(() => {
    const element = flowStore.getState().domNode;
    if (!element) return;
    element.style.setProperty('--canvas-zoom', String(zoom));
    element.classList.toggle('is-compact', zoom < compactZoom);
  }, [zoom, flowStore]);
  return null;
}
