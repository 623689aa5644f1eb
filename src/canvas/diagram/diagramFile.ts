import type { Scenario } from '../../model';
import { canvasSvg } from './canvasSvg';
import { diagramOf } from './diagramGeometry';
import { readDiagramPalette } from './diagramPalette';
import { drawioFile } from './drawioFile';
import { mermaidFlowchart } from './mermaidFlowchart';
import { rasterizeSvg } from './rasterizeSvg';

/** What the drawing can be exported as: an image, a draw.io file or a Mermaid diagram. */
export type DiagramFormat = 'png' | 'svg' | 'drawio' | 'mermaid';

/** File name endings: `.drawio` opens in diagrams.net; `.mmd` is Mermaid's own. */
export const diagramExtensions: Record<DiagramFormat, string> = { png: 'png', svg: 'svg', drawio: 'drawio', mermaid: 'mmd' };

/**
 * The whole drawing of `scenario` as a vector SVG document in the theme in force on `themeElement`
 * (its CSS variables), optionally with the scenario's name as a title and a legend.
 */
export function scenarioSvg(scenario: Scenario, themeElement: Element, { titleAndLegend }: { titleAndLegend: boolean }): { svg: string; width: number; height: number } {
  return canvasSvg(diagramOf(scenario), readDiagramPalette(themeElement), titleAndLegend ? { title: scenario.name, legend: true } : {});
}

/**
 * The whole drawing of `scenario` (not just what is on screen) as a file, drawn from the scenario and
 * its layout in the theme in force: a vector SVG, a PNG made from it (both optionally with the
 * scenario's name as a title and a legend), a draw.io file or a Mermaid flowchart.
 */
export async function diagramFile(scenario: Scenario, format: DiagramFormat, { titleAndLegend }: { titleAndLegend: boolean }): Promise<Blob> {
  const themeElement = document.querySelector('[data-testid="canvas"]') ?? document.documentElement;
  switch (format) {
    case 'drawio':
      return new Blob([drawioFile(diagramOf(scenario), readDiagramPalette(themeElement), scenario.name)], { type: 'application/xml' });
    case 'mermaid':
      return new Blob([mermaidFlowchart(diagramOf(scenario))], { type: 'text/plain' });
    case 'svg':
    case 'png': {
      const { svg, width, height } = scenarioSvg(scenario, themeElement, { titleAndLegend });
      return format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : rasterizeSvg(svg, width, height);
    }
  }
}
