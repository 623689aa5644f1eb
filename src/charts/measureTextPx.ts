let context: CanvasRenderingContext2D | null | undefined;

/**
 * Width of `text` in pixels at `fontPx` in the page's font, measured by a canvas (no layout, no
 * DOM node); a rough 0.6 em per character where no canvas exists (tests in Node).
 */
export function measureTextPx(text: string, fontPx: number): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontPx * 0.6;
  context.font = `${fontPx}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
}
