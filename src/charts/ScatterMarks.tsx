import { useEffect } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { chartTheme } from './chartColours';
import { clusterPoints } from './clusterPoints';
import { measureTextPx } from './measureTextPx';
import { placeScatterLabels } from './placeScatterLabels';
import type { ScenarioPoint } from './ScenarioScatter';

const dotRadiusPx = 6;
/** Each further design at the same place is a ring this much wider around the dot. */
const ringStepPx = 3.5;
const fontPx = 11;
const lineHeightPx = 13;
const swatchPx = 12;

interface ScatterMarksProps {
  points: readonly ScenarioPoint[];
  /** Told which designs could not be named beside their mark: each group is keyed by its number. */
  onKeyed: (groups: string[][]) => void;
}

/**
 * The scatter's marks, drawn over recharts' plot from its own scales: designs at one place as a
 * dot with a ring per further design (every colour visible), each mark named beside it where
 * there is room (`placeScatterLabels`), else numbered and named in a key under the chart.
 */
export function ScatterMarks({ points, onKeyed }: ScatterMarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const projected = xScale && yScale ? points.map((point) => ({ ...point, cx: Number(xScale(point.x)), cy: Number(yScale(point.y)) })).filter((p) => Number.isFinite(p.cx) && Number.isFinite(p.cy)) : [];
  const clusters = clusterPoints(projected, 2 * dotRadiusPx);
  const radiusOf = (size: number) => dotRadiusPx + (size - 1) * ringStepPx;
  const placed = area
    ? placeScatterLabels(
        clusters.map((cluster, i) => ({
          id: String(i),
          cx: cluster.cx,
          cy: cluster.cy,
          radiusPx: radiusOf(cluster.members.length),
          width: swatchPx + Math.max(...cluster.members.map((m) => measureTextPx(m.name, fontPx))) + 2,
          height: cluster.members.length * lineHeightPx,
        })),
        area,
      )
    : [];
  const keyed = clusters.filter((_, i) => !placed[i]?.box);
  const keyedNames = keyed.map((cluster) => cluster.members.map((m) => m.name));
  const keyedText = JSON.stringify(keyedNames);
  useEffect(() => onKeyed(JSON.parse(keyedText) as string[][]), [keyedText, onKeyed]);
  return (
    <g className="scatter-marks" pointerEvents="none">
      {clusters.map((cluster, i) => {
        const box = placed[i]?.box;
        const keyNumber = keyed.indexOf(cluster) + 1;
        return (
          <g key={cluster.members.map((m) => m.id).join(' ')} data-testid="chart.scatter.mark" data-names={cluster.members.map((m) => m.name).join('\n')}>
            {[...cluster.members].reverse().map((member, j) => {
              const r = radiusOf(cluster.members.length - j);
              return j === cluster.members.length - 1 ? (
                <circle key={member.id} cx={cluster.cx} cy={cluster.cy} r={r} fill={member.colour} />
              ) : (
                <circle key={member.id} cx={cluster.cx} cy={cluster.cy} r={r - ringStepPx / 2} fill="none" stroke={member.colour} strokeWidth={ringStepPx} />
              );
            })}
            {keyNumber > 0 && (
              <text x={cluster.cx} y={cluster.cy + 3.5} textAnchor="middle" fontSize={9.5} fontWeight={700} fill="#ffffff">
                {keyNumber}
              </text>
            )}
            {box &&
              cluster.members.map((member, j) => (
                <g key={member.id}>
                  {/* A swatch of the design's colour: which mark a name belongs to, even with marks close together. */}
                  <circle cx={box.x + 4} cy={box.y + j * lineHeightPx + lineHeightPx / 2} r={3.5} fill={member.colour} />
                  <text x={box.x + swatchPx} y={box.y + j * lineHeightPx + 10} fontSize={fontPx} fill={chartTheme.axis}>
                    {member.name}
                  </text>
                </g>
              ))}
          </g>
        );
      })}
    </g>
  );
}
