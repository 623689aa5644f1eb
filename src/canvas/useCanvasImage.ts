import { useReactFlow } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import { useCallback } from 'react';
import { canvasImageFrame } from './canvasImageFrame';
import { withStyledSvgCopies } from './svgStyleCopies';

export type CanvasImageFormat = 'png' | 'svg';

/** The SVG text of html-to-image's `data:image/svg+xml;charset=utf-8,…` URL. */
const svgFromDataUrl = (dataUrl: string) => decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));

/**
 * Renders the whole drawing (not just what is on screen) as a PNG or an SVG image, the way React
 * Flow's docs do: html-to-image on `.react-flow__viewport`, re-framed to the nodes' bounds. Locally:
 * no fonts fetched (the app uses system fonts), the background is the canvas's own colour.
 */
export function useCanvasImage(): (format: CanvasImageFormat) => Promise<Blob> {
  const { getNodes, getNodesBounds } = useReactFlow();
  return useCallback(
    async (format) => {
      const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
      const viewport = canvas?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!canvas || !viewport) throw new Error('The canvas is not on screen.');
      const { width, height, transform } = canvasImageFrame(getNodesBounds(getNodes()));
      const background = getComputedStyle(canvas).getPropertyValue('--canvas-bg').trim() || '#ffffff';
      const options = { width, height, skipFonts: true, backgroundColor: background, style: { width: `${width}px`, height: `${height}px`, transform } };
      return withStyledSvgCopies(viewport, async (filter) => {
        if (format === 'svg') return new Blob([svgFromDataUrl(await toSvg(viewport, { ...options, filter }))], { type: 'image/svg+xml' });
        const png = await toBlob(viewport, { ...options, filter, pixelRatio: 2 });
        if (!png) throw new Error('The browser could not encode the PNG.');
        return png;
      });
    },
    [getNodes, getNodesBounds],
  );
}
