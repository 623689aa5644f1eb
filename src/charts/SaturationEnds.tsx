import { useEffect } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { chartTheme } from './chartColours';
import type { SeriesPoint } from './downsample';
import { endDotRadiusPx, endFontPx, endLineHeightPx, endSwatchPx, saturationEndMarks, type EndLabelLine, type SeriesEnd } from './saturationEndMarks';

interface SaturationEndsProps {
  ends: readonly SeriesEnd[];
  /** The curves as drawn (data units), which labels keep clear of. */
  curves: readonly (readonly SeriesPoint[])[];
  /** Told the label lines that found no free place beside their dot, for the chart to say under the plot. */
  onUnplaced: (lines: EndLabelLine[]) => void;
}

/** A dot where each curve stops because its design saturates, labelled from recharts' own scales (`saturationEndMarks`). */
export function SaturationEnds({ ends, curves, onUnplaced }: SaturationEndsProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const marks = xScale && yScale && area ? saturationEndMarks(ends, curves, (x, y) => ({ cx: Number(xScale(x)), cy: Number(yScale(y)) }), area) : [];
  const unplacedText = JSON.stringify(marks.filter((mark) => !mark.box).flatMap((mark) => mark.lines));
  useEffect(() => onUnplaced(JSON.parse(unplacedText) as EndLabelLine[]), [unplacedText, onUnplaced]);
  return (
    <g className="saturation-ends" pointerEvents="none">
      {marks.map((mark) => (
        <g key={`${mark.cx}:${mark.cy}`}>
          {mark.colours.map((colour, i) => (
            // Later ends as rings round the first, so that every colour that ends here shows.
            <circle key={colour} cx={mark.cx} cy={mark.cy} r={endDotRadiusPx + 2.5 * (mark.colours.length - 1 - i)} fill={colour} stroke="var(--surface)" strokeWidth={1.5} data-testid="chart.saturation-end" />
          ))}
          {mark.box &&
            mark.lines.map((line, j) => {
              const top = (mark.box?.y ?? 0) + j * endLineHeightPx;
              const left = mark.box?.x ?? 0;
              return (
                <g key={line.text}>
                  {line.colours.map((colour, k) => (
                    <circle key={colour} cx={left + k * endSwatchPx + 4} cy={top + endLineHeightPx / 2} r={3} fill={colour} />
                  ))}
                  <text x={left + line.colours.length * endSwatchPx} y={top + 9} fontSize={endFontPx} fill={chartTheme.axis}>
                    {line.text}
                  </text>
                </g>
              );
            })}
        </g>
      ))}
    </g>
  );
}
