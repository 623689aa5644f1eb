import { describe, expect, it } from 'vitest';
import { linearSpace } from '../engine';
import { previewPoints, sweepChunkPoints, sweepChunks } from './sweepChunks';

describe('the order of a sweep’s chunks', () => {
  it('100 values on 2 workers: a preview of 8 spread from the first to the last, a point per chunk, then the other 92 in x order, in chunks of 8 shrinking at the end', () => {
    const values = linearSpace(0, 99, 100);
    const chunks = sweepChunks(values, 2);
    const preview = chunks.slice(0, previewPoints);
    expect(preview).toEqual([[0], [14], [28], [42], [57], [71], [85], [99]]);
    const rest = chunks.slice(previewPoints);
    // A quarter of what is left per worker (each holds two chunks) once that is under 8: 35 left → 5, 30 → 4, 26 → 4, 22 → 3…
    expect(rest.map((chunk) => chunk.length)).toEqual([...Array.from({ length: 5 }, () => sweepChunkPoints), 7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2, ...Array.from({ length: 7 }, () => 1)]);
    expect(rest.flat()).toEqual(values.filter((x) => !preview.flat().includes(x)));
    expect(chunks.flat().sort((a, b) => a - b)).toEqual(values);
  });

  it('more workers: the rest shrinking sooner, so each worker has a share of both; one worker: later', () => {
    const onEight = sweepChunks(linearSpace(0, 99, 100), 8);
    expect(onEight.slice(0, previewPoints).map((chunk) => chunk.length)).toEqual(Array.from({ length: previewPoints }, () => 1));
    expect(onEight.slice(previewPoints).map((chunk) => chunk.length)).toEqual([...Array.from({ length: 10 }, () => 3), ...Array.from({ length: 15 }, () => 2), ...Array.from({ length: 32 }, () => 1)]);
    const onOne = sweepChunks(linearSpace(0, 99, 100), 1);
    expect(onOne.slice(previewPoints).map((chunk) => chunk.length)).toEqual([...Array.from({ length: 8 }, () => sweepChunkPoints), 7, 6, 4, 3, 2, 2, ...Array.from({ length: 4 }, () => 1)]);
  });

  it('a curve of at most 8 values is all preview, each value once', () => {
    expect(sweepChunks([1, 2, 3, 4, 5], 2)).toEqual([[1], [2], [3], [4], [5]]);
    expect(sweepChunks([7], 2)).toEqual([[7]]);
    expect(sweepChunks([], 2)).toEqual([]);
    expect(sweepChunks(linearSpace(0, 7, 8), 2).flat()).toEqual(linearSpace(0, 7, 8));
  });

  it('9 values: the 8 spread ones, then the one left', () => {
    expect(sweepChunks(linearSpace(0, 8, 9), 2)).toEqual([[0], [1], [2], [3], [5], [6], [7], [8], [4]]);
  });
});
