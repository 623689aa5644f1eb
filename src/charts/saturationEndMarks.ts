import { clusterPoints } from './clusterPoints';
import type { SeriesPoint } from './downsample';
import { measureTextPx } from './measureTextPx';
import { placeScatterLabels, type LabelBox } from './placeScatterLabels';

/** Where a curve stops because its design saturates, in data units, with what its label says. */
export interface SeriesEnd {
  x: number;
  y: number;
  colour: string;
  label: string;
  /** The curve's series name, so that a hover past the end names the design and says why it ended. */
  seriesName?: string;
}

/** One line of an end's label: its text and the colour of each curve that ends so. */
export interface EndLabelLine {
  text: string;
  colours: string[];
}

export interface EndMark {
  cx: number;
  cy: number;
  colours: string[];
  lines: EndLabelLine[];
  /** The label's box in chart pixels; null when no free place was found beside the dot. */
  box: LabelBox | null;
}

export const endDotRadiusPx = 5;
export const endFontPx = 10;
export const endLineHeightPx = 12;
export const endSwatchPx = 10;

/** How far a label keeps from a curve, pixels. */
const curveClearancePx = 2;
/** Segments are covered in pieces this long: a steep segment's whole box would block the free space beside it. */
const pieceLengthPx = 4;

/** Small boxes that together cover a curve (pixels): a label placed clear of them never crosses the curve. */
function curveBoxes(points: readonly { cx: number; cy: number }[]): LabelBox[] {
  return points.slice(1).flatMap((to, i) => {
    const from = points[i] ?? to;
    const pieces = Math.max(1, Math.ceil(Math.hypot(to.cx - from.cx, to.cy - from.cy) / pieceLengthPx));
    return Array.from({ length: pieces }, (_, k) => {
      const [x0, y0] = [from.cx + ((to.cx - from.cx) * k) / pieces, from.cy + ((to.cy - from.cy) * k) / pieces];
      const [x1, y1] = [from.cx + ((to.cx - from.cx) * (k + 1)) / pieces, from.cy + ((to.cy - from.cy) * (k + 1)) / pieces];
      return { x: Math.min(x0, x1) - curveClearancePx, y: Math.min(y0, y1) - curveClearancePx, width: Math.abs(x1 - x0) + 2 * curveClearancePx, height: Math.abs(y1 - y0) + 2 * curveClearancePx };
    });
  });
}

/**
 * The saturation ends of a chart's curves, in chart pixels (`project` maps data to pixels): ends that
 * would cover each other are one mark, whose label says each different text once, beside the colours
 * of the curves it belongs to; each label is placed where it covers no other label, no dot, no curve
 * and no edge of the plot (`placeScatterLabels`). Two designs saturating near one another had their
 * labels laid over each other, each offset from its own dot without regard to the other.
 */
export function saturationEndMarks(ends: readonly SeriesEnd[], curves: readonly (readonly SeriesPoint[])[], project: (x: number, y: number) => { cx: number; cy: number }, area: LabelBox): EndMark[] {
  const onScreen = (point: { cx: number; cy: number }) => Number.isFinite(point.cx) && Number.isFinite(point.cy);
  const projected = ends.map((end) => ({ ...end, ...project(end.x, end.y) })).filter(onScreen);
  const covered = curves.flatMap((curve) => curveBoxes(curve.map(([x, y]) => project(x, y)).filter(onScreen)));
  const clusters = clusterPoints(projected, 2 * endDotRadiusPx).map((cluster) => {
    const lines: EndLabelLine[] = [];
    for (const member of cluster.members) {
      const line = lines.find((candidate) => candidate.text === member.label);
      if (line) line.colours.push(member.colour);
      else lines.push({ text: member.label, colours: [member.colour] });
    }
    return { cx: cluster.cx, cy: cluster.cy, colours: cluster.members.map((member) => member.colour), lines };
  });
  const swatchesPx = (line: EndLabelLine) => line.colours.length * endSwatchPx;
  const placed = placeScatterLabels(
    clusters.map((cluster, i) => ({
      id: String(i),
      cx: cluster.cx,
      cy: cluster.cy,
      radiusPx: endDotRadiusPx,
      width: Math.max(...cluster.lines.map((line) => swatchesPx(line) + measureTextPx(line.text, endFontPx))) + 2,
      height: cluster.lines.length * endLineHeightPx,
    })),
    area,
    covered,
  );
  return clusters.map((cluster, i) => ({ ...cluster, box: placed[i]?.box ?? null }));
}
