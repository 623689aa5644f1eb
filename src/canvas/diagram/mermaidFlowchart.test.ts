import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { diagramOf } from './diagramGeometry';
import { mermaidFlowchart, mermaidText } from './mermaidFlowchart';

describe('mermaidFlowchart', () => {
  it('nests providers, regions and zones as subgraphs around their components', () => {
    const scenario = createExampleScenario();
    const text = mermaidFlowchart(diagramOf(scenario));
    const lines = text.split('\n');
    expect(lines[0]).toBe('flowchart TD');
    const indentOf = (name: string) => (lines.find((line) => line.includes(`"${mermaidText(name)}`))?.match(/^ */)?.[0].length ?? -1);
    for (const component of scenario.components) {
      const parent = scenario.groups.find((group) => group.id === component.groupId);
      if (parent) expect(indentOf(component.name)).toBe(indentOf(parent.name) + 2);
      else expect(indentOf(component.name)).toBe(2);
    }
    expect(lines.filter((line) => /^\s*subgraph /.test(line))).toHaveLength(scenario.groups.length);
    expect(lines.filter((line) => /^\s*end$/.test(line))).toHaveLength(scenario.groups.length);
    expect(lines.filter((line) => / (-->|-\.->|<-\.->)(\|"[^"]*"\|)? n\d+$/.test(line))).toHaveLength(scenario.edges.length);
  });

  it('says so inside an empty group, which Mermaid would otherwise draw as a stray label', () => {
    const scenario = createExampleScenario();
    const emptied = { ...scenario, components: scenario.components.filter((c) => c.groupId !== 'zone-b') };
    const zone = emptied.groups.findIndex((g) => g.id === 'zone-b');
    expect(zone).toBeGreaterThanOrEqual(0);
    expect(mermaidFlowchart(diagramOf(emptied))).toMatch(new RegExp(`subgraph g${zone + 1}\\[[^\\n]*\\n\\s+g${zone + 1}_empty\\["\\(empty\\)"\\]\\n\\s+end`));
  });

  it('escapes what Mermaid would read as syntax', () => {
    expect(mermaidText('A "B" <C> #1')).toBe('A #quot;B#quot; #lt;C#gt; #35;1');
    const scenario = createExampleScenario();
    const renamed = { ...scenario, components: scenario.components.map((c, i) => (i === 0 ? { ...c, name: 'end"] --> x["pwn' } : c)) };
    const line = mermaidFlowchart(diagramOf(renamed)).split('\n').find((l) => l.includes('pwn'));
    expect(line).toMatch(/^\s+n\d+\["end#quot;\] --#gt; x\[#quot;pwn<br\/>[^"]+"\]$/);
  });
});
