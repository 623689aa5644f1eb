import { pngScale } from './pngScale';

/**
 * An SVG document → PNG, drawn by the browser itself (an image on a canvas, entirely local):
 * the PNG looks exactly like the SVG export, at `pngScale` pixels per unit.
 */
export async function rasterizeSvg(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = pngScale(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not draw the PNG.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The browser could not encode the PNG.');
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
