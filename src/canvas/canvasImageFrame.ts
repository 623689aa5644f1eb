import type { Rect } from '@xyflow/react';

/** Margin around the drawing in an exported image, image pixels at 1:1. */
export const canvasImageMarginPx = 40;
/** Longest side of an exported image: beyond it the drawing is scaled down to fit. */
export const canvasImageMaxSidePx = 4096;

/** Size of an exported canvas image and the viewport transform that frames the drawing in it. */
export interface CanvasImageFrame {
  width: number;
  height: number;
  transform: string;
}

/**
 * Frames a drawing's bounds (canvas coordinates) at 1:1 with a margin, scaled down only when the
 * longest side would pass `canvasImageMaxSidePx`, so that small designs stay crisp and large ones fit.
 */
export function canvasImageFrame(bounds: Rect): CanvasImageFrame {
  const fullWidth = bounds.width + 2 * canvasImageMarginPx;
  const fullHeight = bounds.height + 2 * canvasImageMarginPx;
  const zoom = Math.min(1, canvasImageMaxSidePx / Math.max(fullWidth, fullHeight));
  const x = (canvasImageMarginPx - bounds.x) * zoom;
  const y = (canvasImageMarginPx - bounds.y) * zoom;
  return { width: Math.ceil(fullWidth * zoom), height: Math.ceil(fullHeight * zoom), transform: `translate(${x}px, ${y}px) scale(${zoom})` };
}
