import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { selectionAfterEdgeClick, withEdgesOfSelectedNodes, withoutEdges } from './edgeSelection';

describe('edge selection, as React Flow selects the edges it draws', () => {
  it('a click selects the edge alone; with a multi-select key it toggles the edge in the selection', () => {
    expect(selectionAfterEdgeClick(['db', 'e1'], 'e2', false, true)).toEqual(['e2']);
    expect(selectionAfterEdgeClick(['db'], 'e2', true, true)).toEqual(['db', 'e2']);
    expect(selectionAfterEdgeClick(['db', 'e2'], 'e2', true, true)).toEqual(['db']);
  });

  it('Enter on a selected edge with a multi-select key keeps it selected', () => {
    expect(selectionAfterEdgeClick(['db', 'e2'], 'e2', true, false)).toEqual(['db', 'e2']);
  });

  it('a marquee takes every edge touching a selected card, and no other edge', () => {
    const scenario = createExampleScenario();
    const touching = scenario.edges.filter((edge) => edge.from === 'cache' || edge.to === 'cache').map((edge) => edge.id);
    const other = scenario.edges.find((edge) => edge.from !== 'cache' && edge.to !== 'cache')?.id ?? '';
    expect(touching.length).toBeGreaterThan(0);
    expect(withEdgesOfSelectedNodes(scenario, ['cache', other])).toEqual(['cache', ...touching]);
  });

  it('choosing a card alone drops the edges from the selection', () => {
    const scenario = createExampleScenario();
    const edge = scenario.edges[0]?.id ?? '';
    expect(withoutEdges(scenario, ['cache', edge, 'db'])).toEqual(['cache', 'db']);
  });
});
