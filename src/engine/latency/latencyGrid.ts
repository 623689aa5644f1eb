import { guardCells } from './spectralAlgebra';

/** Grid points across the narrowest population's support: sets the resolution of percentiles. */
export const pointsAcrossNarrowest = 256;
/** Smallest and largest grid sizes (powers of two). */
export const minGridSize = 256;
export const maxGridSize = 4096;
/** Grid steps are powers of this ratio (ms): nearby models share a grid, so their results can be reused. */
export const stepRatio = 2 ** (1 / 8);

/** The largest step of the ladder `stepRatio^j` ms that is at most `ms`. */
function ladderStep(ms: number): number {
  return stepRatio ** Math.floor(Math.log(ms) / Math.log(stepRatio) + 1e-9);
}

/**
 * Chooses the spectral grid: the period T = size·step must hold the widest support built
 * (`maxWidthMs`, from the moment pass, with 10 % margin) plus guard cells on both sides, and the step
 * should put ~256 points across the narrowest population's support; the size is the smallest power of
 * two that does, clamped to 256…4096 (at the cap the step grows instead). The step is then rounded
 * down to a power of 2^⅛ ms, spending at most 8 % of the margin, so that an edit that changes the
 * widths a little keeps the grid, and with it every distribution it did not touch
 * (`LatencyProgramRunner`), without ever coarsening the resolution.
 */
export function chooseLatencyGrid(maxWidthMs: number, narrowestWidthMs: number): { size: number; stepMs: number } {
  const widthMs = Math.max(1e-3, maxWidthMs * 1.1);
  const wantedStepMs = Math.max(narrowestWidthMs, 1e-3) / pointsAcrossNarrowest;
  let size = minGridSize;
  while (size < maxGridSize && widthMs / (size - 2 * guardCells - 2) > wantedStepMs) size *= 2;
  return { size, stepMs: ladderStep(widthMs / (size - 2 * guardCells - 2)) };
}
