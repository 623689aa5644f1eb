import { chunksPerWorker } from './chunkFeed';

/** Most points per chunk after the preview: small enough to draw progressively, large enough to keep messages few. */
export const sweepChunkPoints = 8;
/** Points of the preview: spread over the whole curve, so that its shape is on screen first. */
export const previewPoints = 8;

function chunked(values: readonly number[], size: number): number[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));
}

/**
 * Splits `values` into chunks of `sweepChunkPoints`, shrinking towards the end to half of what is
 * left per chunk the workers hold (guided self-scheduling): the workers' last chunks then end
 * together, instead of one computing whole chunks (the one it computes and those waiting in its
 * queue, which no other worker can take) while the others wait at the end of the curve.
 */
function shrinkingChunks(values: readonly number[], workers: number): number[][] {
  const chunks: number[][] = [];
  for (let start = 0; start < values.length; ) {
    const size = Math.min(sweepChunkPoints, Math.ceil((values.length - start) / (2 * workers * chunksPerWorker)));
    chunks.push(values.slice(start, start + size));
    start += size;
  }
  return chunks;
}

/**
 * The order in which a sweep's values are computed and delivered, in chunks, for a pool of `workers`:
 * first a preview of `previewPoints` values spread evenly from the first value to the last (both
 * included), one point per chunk (a worker with room takes the next, so a slow one holds up fewer
 * points; its next chunk already waits in its queue, so small chunks cost no round trip), then every
 * other value in x order (`shrinkingChunks`). Each value comes once; a curve of at most
 * `previewPoints` values is all preview.
 */
export function sweepChunks(values: readonly number[], workers: number): number[][] {
  const count = Math.min(previewPoints, values.length);
  const previewIndices = new Set(Array.from({ length: count }, (_, i) => (count === 1 ? 0 : Math.round((i * (values.length - 1)) / (count - 1)))));
  const preview = values.filter((_, i) => previewIndices.has(i));
  const rest = values.filter((_, i) => !previewIndices.has(i));
  return [...chunked(preview, 1), ...shrinkingChunks(rest, workers)];
}
