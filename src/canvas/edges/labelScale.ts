import { useStore } from '@xyflow/react';

/** Smallest size an edge label is drawn at on screen, and its font on the canvas (canvas.css), pixels. */
const smallestScreenFontPx = 11;
const canvasFontPx = 11;
/** Labels grow at most this much when zoomed out, as compact card names do. */
const largestScale = 2;
/** Steps of the scale: edges redraw when zooming crosses a step, not on every frame of a zoom. */
const stepsPerUnit = 4;

/** How much an edge label is enlarged at `zoom` so it stays readable: never below its size, at most twice it. */
export function labelScaleAt(zoom: number): number {
  const needed = smallestScreenFontPx / (canvasFontPx * Math.max(zoom, 1e-3));
  return Math.min(largestScale, Math.max(1, Math.ceil(needed * stepsPerUnit) / stepsPerUnit));
}

/** The label scale at the canvas's current zoom. */
export const useLabelScale = () => useStore((state) => labelScaleAt(state.transform[2]));
