import type { HoveredEntries } from './AbovePlotTooltip';
import type { TooltipReadout } from './ChartTooltip';
import type { SeriesEnd } from './saturationEndMarks';

interface LineReadoutFormat {
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** What the x axis measures ("Offered load"): the heading names it before the hovered value. */
  xName?: string;
  /** Where curves stop because their design saturates. */
  ends?: readonly SeriesEnd[];
}

/**
 * The hovered x, named, then each curve's y there ("Edge + serverless — 153 ms"), in the series' order;
 * then each curve that ended before it, with why ("Monolith — saturates at 2.19k req/s"), so that a
 * design past its saturation reads as saturated rather than as missing from the readout.
 */
export function lineReadout({ label, payload }: HoveredEntries, { formatX, formatY, xName, ends = [] }: LineReadoutFormat): TooltipReadout | null {
  const x = Number(label);
  const shown = new Set(payload.map((entry) => String(entry.name)));
  const ended = ends.filter((end) => end.seriesName !== undefined && !shown.has(end.seriesName) && x > end.x);
  if (payload.length === 0 && ended.length === 0) return null;
  const heading = xName ? `${xName}: ${formatX(x)}` : formatX(x);
  return {
    heading,
    rows: [
      ...payload.map((entry, i) => ({ key: `${i}:${String(entry.name)}`, name: String(entry.name), value: formatY(Number(entry.value)), colour: entry.stroke ?? entry.color })),
      ...ended.map((end) => ({ key: `end:${end.seriesName ?? ''}`, name: end.seriesName ?? '', value: end.label, colour: end.colour })),
    ],
  };
}
