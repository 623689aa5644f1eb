import { useLayoutEffect, useRef } from 'react';

/** Millimetres as CSS pixels (96 px to the inch). */
const mmPx = (mm: number) => (mm * 96) / 25.4;

/** The sheet's height on screen, as in print: A4. */
const sheetHeightMm = 297;

/** The smallest the figures are drawn to fit a page: below it text is too small to read, and the page runs on instead. */
const minZoom = 0.7;

/**
 * Keeps a scenario's report on one sheet: when the sheet runs past A4's height (many populations, long
 * names), the block of figures is zoomed down (CSS zoom, which lays out smaller rather than only
 * painting smaller) just enough to fit, never below `minZoom`. The screen's sheet has the width and
 * height the printed page has, so what fits on screen fits in print. Returns the refs of the sheet and
 * of the figures; fitted again whenever `content` changes.
 */
export function useFitToSheet(content: unknown) {
  const sheet = useRef<HTMLElement>(null);
  const figures = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const page = sheet.current;
    const block = figures.current;
    if (!page || !block) return;
    block.style.zoom = '';
    // Twice: a smaller font wraps less, so the first zoom can leave room, or not quite enough.
    for (let pass = 0; pass < 2; pass += 1) {
      const overflowPx = page.offsetHeight - mmPx(sheetHeightMm);
      const zoom = Number(block.style.zoom || 1);
      if (overflowPx <= 0.5) return;
      const heightPx = block.offsetHeight * zoom;
      block.style.zoom = String(Math.max(minZoom, (zoom * (heightPx - overflowPx - 1)) / heightPx));
    }
  }, [content]);
  return { sheet, figures };
}
