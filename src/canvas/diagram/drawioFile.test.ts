import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { loadTemplate, templateFiles } from '../../engine/test/templateFixtures';
import { createExampleScenario } from '../../model';
import { diagramOf } from './diagramGeometry';
import { drawioFile } from './drawioFile';
import { parseXml } from './test/parseXml';
import { testPalette } from './test/testPalette';

const cellsOf = (xml: string) => {
  const document = parseXml(xml);
  expect(document.documentElement?.tagName).toBe('mxfile');
  const models = document.getElementsByTagName('mxGraphModel');
  expect(models).toHaveLength(1);
  return new Map(Array.from(models[0]?.getElementsByTagName('mxCell') ?? [], (cell: Element) => [cell.getAttribute('id') ?? '', cell]));
};

describe('drawioFile', () => {
  it.each(templateFiles())('writes %s with every group as a container, every component and edge as a cell', (file) => {
    const scenario = loadTemplate(file);
    const cells = cellsOf(drawioFile(diagramOf(scenario), testPalette, scenario.name));
    expect(cells.get('1')?.getAttribute('parent')).toBe('0');
    for (const group of scenario.groups) {
      const cell = cells.get(`g-${group.id}`);
      expect(cell?.getAttribute('style')).toContain('container=1');
      expect(cell?.getAttribute('value')).toContain(group.name);
      expect(cell?.getAttribute('parent')).toBe(group.parentId === null ? '1' : `g-${group.parentId}`);
    }
    for (const component of scenario.components) {
      const cell = cells.get(`n-${component.id}`);
      expect(cell?.getAttribute('vertex')).toBe('1');
      expect(cell?.getAttribute('value')?.split('\n')[0]).toBe(component.name);
      expect(cell?.getAttribute('style')).toContain(`meridianKind=${component.kind}`);
      expect(cell?.getAttribute('parent')).toBe(component.groupId === null ? '1' : `g-${component.groupId}`);
    }
    for (const client of scenario.clients) expect(cells.get(`n-${client.id}`)?.getAttribute('value')).toBe(`${client.name}\nUsers`);
    for (const edge of scenario.edges) {
      const cell = cells.get(`e-${edge.id}`);
      expect(cell?.getAttribute('edge')).toBe('1');
      expect([cell?.getAttribute('source'), cell?.getAttribute('target')]).toEqual([`n-${edge.from}`, `n-${edge.to}`]);
      expect(cell?.getAttribute('style')).toContain(`meridianKind=${edge.kind}`);
    }
  });

  it('places children relative to their container and keeps labels and odd names', () => {
    const example = createExampleScenario();
    const scenario = { ...example, components: example.components.map((c, i) => (i === 0 ? { ...c, name: 'A & B <"quoted">' } : c)) };
    const cells = cellsOf(drawioFile(diagramOf(scenario), testPalette, scenario.name));
    const nested = scenario.components.find((component) => component.groupId !== null);
    const geometry = cells.get(`n-${nested?.id}`)?.getElementsByTagName('mxGeometry')[0];
    const layout = scenario.layout.nodes[nested?.id ?? ''];
    expect([Number(geometry?.getAttribute('x')), Number(geometry?.getAttribute('y'))]).toEqual([layout?.x, layout?.y]);
    expect(cells.get(`n-${scenario.components[0]?.id}`)?.getAttribute('value')).toMatch(/^A & B <"quoted">\n/);
    const labelled = scenario.edges.find((edge) => edge.kind === 'replication' || (edge.kind === 'call' && edge.appliesTo !== 'all'));
    expect(cells.get(`e-${labelled?.id}`)?.getAttribute('value')).not.toBe('');
  });
});
