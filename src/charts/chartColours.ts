/** One colour per series, in order; distinct in hue and readable on white. */
export const seriesColours = ['#4f46e5', '#db2777', '#0f9d8a', '#d98a1c', '#0369a1', '#8b5cf6', '#64748b', '#b91c1c'] as const;

export const seriesColour = (index: number): string => seriesColours[index % seriesColours.length] as string;

/** A compared series' stroke: widest and solid first, narrower and dashed after. */
export interface SeriesStroke {
  colour: string;
  widthPx: number;
  /** SVG `stroke-dasharray`; undefined for a solid line. */
  dash: string | undefined;
}

const strokeShapes: ReadonlyArray<{ widthPx: number; dash: string | undefined }> = [
  { widthPx: 4, dash: undefined },
  { widthPx: 2.75, dash: '9 4' },
  { widthPx: 2.25, dash: '3 3' },
  { widthPx: 2, dash: '12 3 3 3' },
];

/**
 * Series `index`'s stroke. Two designs with the same curve would draw one line over the other and
 * hide it; drawn in this order, each later line is narrower and dashed, so the earlier ones show
 * around it and through its gaps: identical curves read as one striped line of both colours.
 */
export function seriesStroke(index: number): SeriesStroke {
  const shape = strokeShapes[index % strokeShapes.length] ?? { widthPx: 2, dash: undefined };
  return { colour: seriesColour(index), ...shape };
}

/** Axis, grid and tone colours, as CSS variables of the theme. */
export const chartTheme = {
  axis: 'var(--text-faint)',
  grid: 'var(--border)',
  pass: 'var(--ok)',
  fail: 'var(--danger)',
  target: 'var(--text-muted)',
} as const;

export const axisTick = { fontSize: 11, fill: chartTheme.axis } as const;
