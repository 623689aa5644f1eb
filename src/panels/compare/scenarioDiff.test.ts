import { describe, expect, it } from 'vitest';
import { createComponent, createEdge, createExampleScenario } from '../../model';
import { diffScenario } from './scenarioDiff';

describe('scenario diff against the baseline', () => {
  const baseline = createExampleScenario();

  it('finds added, changed and removed elements, and ignores moves', () => {
    const other = {
      ...baseline,
      components: [...baseline.components.filter((c) => c.id !== 'cache').map((c) => (c.id === 'app-a' ? { ...c, instances: 5 } : c)), createComponent('queue', 'queue', 'Queue', 'zone-a')],
      edges: [...baseline.edges.filter((e) => !e.to.startsWith('cache')), createEdge('async', 'e-a-queue', 'app-a', 'queue')],
      layout: { nodes: { ...baseline.layout.nodes, db: { x: 0, y: 0 } } },
    };
    const diff = diffScenario(baseline, other);
    expect([...diff.added]).toEqual(['queue', 'e-a-queue']);
    expect([...diff.changed]).toEqual(['app-a']);
    expect(diff.removed).toEqual(['cache', 'e-a-cache', 'e-b-cache']);
  });

  it('a scenario differs from itself in nothing', () => {
    expect(diffScenario(baseline, baseline)).toEqual({ added: new Set(), changed: new Set(), removed: [] });
  });
});
