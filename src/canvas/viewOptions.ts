import type { FitViewOptions } from '@xyflow/react';

/** Screen pixels the panels over the canvas take at each side (the edge toolbar on top, the legend below). */
export const viewInsetPx = { top: 64, bottom: 56, left: 24, right: 24 };

/** How "zoom to fit" frames the design, on load and from the toolbar: clear of the panels over the canvas. */
export const fitViewOptions: FitViewOptions = {
  padding: { top: `${viewInsetPx.top}px`, bottom: `${viewInsetPx.bottom}px`, left: `${viewInsetPx.left}px`, right: `${viewInsetPx.right}px` },
};
