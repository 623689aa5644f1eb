/** Widths of texts at a 1 px font, by text: measured once each (a text's width grows in proportion to its font size). */
const widthAt1Px = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** Rough width of a character at a 1 px font, where no canvas can measure (tests in Node). */
const fallbackEmPerChar = 0.55;

/**
 * Width of `text` in pixels at `fontPx` in the page's font, measured once per text on an offscreen 2D
 * canvas: no layout of the document is forced, as reading an element's box (`getBBox`) would for each
 * label; a rough 0.55 em per character where no canvas exists.
 */
export function measureTextPx(text: string, fontPx: number): number {
  let width = widthAt1Px.get(text);
  if (width === undefined) {
    if (context === undefined) {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      if (context) context.font = `100px ${getComputedStyle(document.body).fontFamily}`;
    }
    width = context ? context.measureText(text).width / 100 : text.length * fallbackEmPerChar;
    widthAt1Px.set(text, width);
  }
  return width * fontPx;
}
