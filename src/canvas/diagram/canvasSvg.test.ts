import { describe, expect, it } from 'vitest';
import { loadTemplate, templateFiles } from '../../engine/test/templateFixtures';
import { createExampleScenario } from '../../model';
import { canvasSvg } from './canvasSvg';
import { diagramOf } from './diagramGeometry';
import { parseXml } from './test/parseXml';
import { testPalette } from './test/testPalette';

const svgOf = (file: string, options = {}) => canvasSvg(diagramOf(loadTemplate(file)), testPalette, options).svg;
/** Each `<text>` as a reader sees it: wrapped lines (`<tspan>`s) joined by a space. */
const texts = (svg: string) =>
  Array.from(parseXml(svg, 'image/svg+xml').getElementsByTagName('text'), (node) => {
    const lines = Array.from(node.getElementsByTagName('tspan'), (line) => line.textContent ?? '');
    return lines.length > 1 && node.getElementsByTagName('tspan')[0]?.getAttribute('x') !== null ? lines.join(' ') : (node.textContent ?? '');
  });

describe('canvasSvg', () => {
  it.each(templateFiles())('draws %s as plain SVG 1.1: shapes, paths and text, every name selectable', (file) => {
    const scenario = loadTemplate(file);
    const svg = svgOf(file);
    const document = parseXml(svg, 'image/svg+xml');
    const root = document.documentElement;
    expect(root?.tagName).toBe('svg');
    expect(root?.getAttribute('version')).toBe('1.1');
    expect(svg).not.toMatch(/foreignObject|<image|rgba\(|data:/);
    const shown = texts(svg);
    for (const element of [...scenario.groups, ...scenario.components, ...scenario.clients]) {
      expect(shown.some((line) => line.startsWith(element.name)), element.name).toBe(true);
    }
    // Every component carries its icon as lucide's own shapes, and every edge is a path.
    expect(document.getElementsByTagName('path').length).toBeGreaterThanOrEqual(scenario.edges.length);
    expect(root?.getElementsByTagName('g').length).toBeGreaterThan(scenario.components.length * 2);
  });

  it('keeps a 16-node template far under 200 kB', () => {
    const file = 'shop-microservices.json';
    const scenario = loadTemplate(file);
    expect(scenario.components.length + scenario.groups.length + scenario.clients.length).toBeGreaterThanOrEqual(15);
    expect(new TextEncoder().encode(svgOf(file, { title: scenario.name, legend: true })).length).toBeLessThan(50_000);
  });

  it('paints the theme background and makes rgba colours SVG 1.1 paint', () => {
    const svg = canvasSvg(diagramOf(createExampleScenario()), { ...testPalette, background: '#0f1218' }).svg;
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#0f1218"\/>/);
    expect(svg).toContain('fill="rgb(14,165,233)" fill-opacity="0.07"');
  });

  it('adds a title and a legend when asked, and escapes names', () => {
    const scenario = { ...createExampleScenario(), name: 'Tom & Jerry <shop>' };
    const plain = canvasSvg(diagramOf(scenario), testPalette).svg;
    const svg = canvasSvg(diagramOf(scenario), testPalette, { title: scenario.name, legend: true }).svg;
    expect(texts(svg)).toEqual(expect.arrayContaining(['Tom & Jerry <shop>', 'Call', 'Async', 'Replication', 'Routing', 'Users']));
    expect(texts(plain)).not.toContain('Replication');
    const size = (text: string) => Number(/height="(\d+)"/.exec(text)?.[1]);
    expect(size(svg)).toBeGreaterThan(size(plain));
  });

  it('wraps a long name on up to three lines, ellipsised past them, and keeps it whole in the title', () => {
    const scenario = createExampleScenario();
    const long = 'Checkout and payment orchestration service for every storefront region';
    const renamed = { ...scenario, components: scenario.components.map((c, i) => (i === 1 ? { ...c, name: long } : c)) };
    const document = parseXml(canvasSvg(diagramOf(renamed), testPalette).svg, 'image/svg+xml');
    const node = Array.from(document.getElementsByTagName('g')).find((g) => g.getAttribute('id') === `node-${renamed.components[1]?.id}`);
    expect(node?.getElementsByTagName('title')[0]?.textContent).toContain(long);
    const lines = Array.from(node?.getElementsByTagName('tspan') ?? [], (line) => line.textContent);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});
