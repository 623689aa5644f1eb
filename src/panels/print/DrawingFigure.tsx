import { useLayoutEffect, useRef } from 'react';
// By its file: the canvas index offers the exporters only on demand, and the report is itself fetched on demand.
import { scenarioSvg } from '../../canvas/diagram/diagramFile';
import type { Scenario } from '../../model';

/**
 * The scenario's drawing, as the vector SVG export draws it, inline so that its shapes and names stay
 * vectors and text in the printed PDF. Its colours are the theme's in force where it is placed (the
 * report is always light). The markup is the exporter's own, every name in it escaped, and it is parsed
 * as XML, never as HTML.
 */
export function DrawingFigure({ scenario, testId }: { scenario: Scenario; testId: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    const { svg } = scenarioSvg(scenario, element, { titleAndLegend: false });
    const drawing = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    drawing.setAttribute('role', 'img');
    drawing.setAttribute('aria-label', `Drawing of ${scenario.name}`);
    element.replaceChildren(document.importNode(drawing, true));
  }, [scenario]);
  return <div className="print-page__drawing" ref={holder} data-testid={testId} />;
}
