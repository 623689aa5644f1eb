import { guardCells } from './spectralAlgebra';

/** Grid points across the narrowest population's support: sets the resolution of percentiles. */
export const pointsAcrossNarrowest = 256;
/** Smallest and largest grid sizes (powers of two). */
export const minGridSize = 256;
export const maxGridSize = 4096;
/** Grid steps are powers of this ratio (ms): nearby models share a grid, so their results can be reused. */
export const stepRatio = 2 ** (1 / 4);

/** The largest step of the ladder `stepRatio^j` ms that is at most `ms`. */
function ladderStep(ms: number): number {
  return stepRatio ** Math.floor(Math.log(ms) / Math.log(stepRatio) + 1e-9);
}

/**
 * Chooses the spectral grid: the step is the largest step of the ladder (powers of 2^¼ ms) that puts
 * at least 256 points across the narrowest population's support, and the size the smallest power of
 * two whose period T = size·step holds the widest support built (`maxWidthMs`, from the moment pass,
 * with 10 % margin) plus guard cells on both sides; at the largest size (4096) the step climbs the
 * ladder instead, until it does. Neither follows a width continuously, so the grid changes only when
 * a width crosses a rung: an edit that changes the widths a little keeps the grid, and with it every
 * distribution it did not touch (`LatencyProgramRunner`).
 */
export function chooseLatencyGrid(maxWidthMs: number, narrowestWidthMs: number): { size: number; stepMs: number } {
  const widthMs = Math.max(1e-3, maxWidthMs * 1.1);
  let stepMs = ladderStep(Math.max(narrowestWidthMs, 1e-3) / pointsAcrossNarrowest);
  let size = minGridSize;
  while (widthMs / stepMs > size - 2 * guardCells - 2) {
    if (size < maxGridSize) size *= 2;
    else stepMs *= stepRatio;
  }
  return { size, stepMs };
}
