/** Widths of label texts at a 1 px font, by text: measured once each. */
const widthAt1Px = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** Rough width of a character at a 1 px font, where no canvas can measure (tests without a DOM). */
const fallbackEmPerChar = 0.55;

/**
 * How wide `text` is drawn in the page's font at `fontPx`, measured on an offscreen 2D canvas: no
 * layout of the document is forced, as reading an SVG text's box (`getBBox`) would for each label.
 */
export function textWidthPx(text: string, fontPx: number): number {
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
