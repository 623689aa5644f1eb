import { describe, expect, it } from 'vitest';
import { linearSpace } from '../engine';
import { previewChunkPoints, previewPoints, sweepChunkPoints, sweepChunks } from './sweepChunks';

describe('the order of a sweep’s chunks', () => {
  it('100 values: a preview of 8 spread from the first to the last, in chunks of 2, then the other 92 in x order, in chunks of 8', () => {
    const values = linearSpace(0, 99, 100);
    const chunks = sweepChunks(values);
    const preview = chunks.slice(0, previewPoints / previewChunkPoints);
    expect(preview).toEqual([
      [0, 14],
      [28, 42],
      [57, 71],
      [85, 99],
    ]);
    const rest = chunks.slice(preview.length);
    expect(rest.map((chunk) => chunk.length)).toEqual([...Array.from({ length: 11 }, () => sweepChunkPoints), 4]);
    expect(rest.flat()).toEqual(values.filter((x) => !preview.flat().includes(x)));
    expect(chunks.flat().sort((a, b) => a - b)).toEqual(values);
  });

  it('a curve of at most 8 values is all preview, each value once', () => {
    expect(sweepChunks([1, 2, 3, 4, 5])).toEqual([[1, 2], [3, 4], [5]]);
    expect(sweepChunks([7])).toEqual([[7]]);
    expect(sweepChunks([])).toEqual([]);
    expect(sweepChunks(linearSpace(0, 7, 8)).flat()).toEqual(linearSpace(0, 7, 8));
  });

  it('9 values: the 8 spread ones, then the one left', () => {
    expect(sweepChunks(linearSpace(0, 8, 9))).toEqual([[0, 1], [2, 3], [5, 6], [7, 8], [4]]);
  });
});
