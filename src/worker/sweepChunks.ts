/** Points per chunk after the preview: small enough to draw progressively and to share out among the workers, large enough to keep messages few. */
export const sweepChunkPoints = 8;
/** Points of the preview: spread over the whole curve, so that its shape is on screen first. */
export const previewPoints = 8;
/** Points per preview chunk: the preview is shared out among the workers rather than computed by one. */
export const previewChunkPoints = 2;

function chunked(values: readonly number[], size: number): number[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));
}

/**
 * The order in which a sweep's values are computed and delivered, in chunks: first a preview of
 * `previewPoints` values spread evenly from the first value to the last (both included), in chunks
 * of `previewChunkPoints`, then every other value in x order, in chunks of `sweepChunkPoints`. Each
 * value comes once; a curve of at most `previewPoints` values is all preview.
 */
export function sweepChunks(values: readonly number[]): number[][] {
  const count = Math.min(previewPoints, values.length);
  const previewIndices = new Set(Array.from({ length: count }, (_, i) => (count === 1 ? 0 : Math.round((i * (values.length - 1)) / (count - 1)))));
  const preview = values.filter((_, i) => previewIndices.has(i));
  const rest = values.filter((_, i) => !previewIndices.has(i));
  return [...chunked(preview, previewChunkPoints), ...chunked(rest, sweepChunkPoints)];
}
