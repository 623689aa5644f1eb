/** Pixels per SVG unit of an exported PNG: sharp on high-density screens and when zoomed in. */
export const pngPixelRatio = 2;
/** Longest side of an exported PNG, pixels: beyond it the drawing is scaled down (browsers cap canvases near 16 k). */
export const pngMaxSidePx = 8192;

/** The scale a `width` × `height` drawing is rasterised at: `pngPixelRatio`, less when that would pass `pngMaxSidePx`. */
export function pngScale(width: number, height: number): number {
  return Math.min(pngPixelRatio, pngMaxSidePx / Math.max(width, height, 1));
}
