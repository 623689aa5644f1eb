/** One colour per series, in order; distinct in hue and readable on white. */
export const seriesColours = ['#4f46e5', '#db2777', '#0f9d8a', '#d98a1c', '#0369a1', '#8b5cf6', '#64748b', '#b91c1c'] as const;

export const seriesColour = (index: number): string => seriesColours[index % seriesColours.length] as string;

/** Axis, grid and tone colours, as CSS variables of the theme. */
export const chartTheme = {
  axis: 'var(--text-faint)',
  grid: 'var(--border)',
  pass: 'var(--ok)',
  fail: 'var(--danger)',
  target: 'var(--text-muted)',
} as const;

export const axisTick = { fontSize: 11, fill: chartTheme.axis } as const;
