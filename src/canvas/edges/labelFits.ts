/** Rough size of an edge label's characters and lines at the canvas's label font, canvas pixels. */
const charWidthPx = 6;
const labelHeightPx = 34;
const clearancePx = 16;

/**
 * Whether an edge's label fits on its free stretch (the straight run it sits on, between the two
 * cards or corners): along a vertical run its height must fit, along a horizontal one its width.
 */
export function labelFits(text: string, run: { lengthPx: number; vertical: boolean }): boolean {
  const alongRunPx = run.vertical ? labelHeightPx : text.length * charWidthPx + 8;
  return run.lengthPx >= alongRunPx + 2 * clearancePx;
}
