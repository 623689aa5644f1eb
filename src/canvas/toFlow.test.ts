import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import type { FlowEdge } from './flowTypes';
import { toFlowEdges, toFlowNodes } from './toFlow';

describe('toFlowNodes', () => {
  it('puts parents before children and nests by parentId', () => {
    const nodes = toFlowNodes(createExampleScenario(), new Set(['db']));
    const index = (id: string) => nodes.findIndex((node) => node.id === id);
    expect(index('aws')).toBeLessThan(index('eu-west-1'));
    expect(index('eu-west-1')).toBeLessThan(index('zone-a'));
    expect(index('zone-a')).toBeLessThan(index('db'));
    expect(nodes.find((node) => node.id === 'db')).toMatchObject({ type: 'component', parentId: 'zone-a', selected: true, data: { kind: 'database' } });
    expect(nodes.find((node) => node.id === 'zone-a')).toMatchObject({ type: 'group', width: 400, height: 350, parentId: 'eu-west-1' });
    expect(nodes.find((node) => node.id === 'dns')?.parentId).toBeUndefined();
    expect(nodes.find((node) => node.id === 'users-eu')).toMatchObject({ type: 'client', position: { x: 300, y: -270 } });
  });

  it('sorts groups parents first even when the document lists children first', () => {
    const scenario = createExampleScenario();
    scenario.groups.reverse();
    const ids = toFlowNodes(scenario, new Set()).map((node) => node.id);
    expect(ids.slice(0, 2)).toEqual(['aws', 'eu-west-1']);
  });
});

describe('toFlowEdges', () => {
  it('types edges by kind, with arrows and labels', () => {
    const scenario = createExampleScenario();
    scenario.edges.push({ id: 'r', from: 'db', to: 'db', kind: 'replication', mode: 'async', lagMs: 1000 });
    const edges = toFlowEdges(scenario, new Set());
    expect(edges.find((edge) => edge.id === 'e-a-cache')).toMatchObject({ source: 'app-a', target: 'cache', label: 'reads', className: 'edge edge--call' });
    expect(edges.find((edge) => edge.id === 'e-a-db')?.label).toBeUndefined();
    const replication = edges.find((edge) => edge.id === 'r');
    expect(replication).toMatchObject({ label: 'async · 1000 ms', markerStart: 'meridian-arrow-replication', markerEnd: 'meridian-arrow-replication' });
  });

  it('names each edge by its kind and its ends, and again when an end is renamed', () => {
    const scenario = createExampleScenario();
    const nameOf = (edges: FlowEdge[]) => edges.find((edge) => edge.id === 'e-a-cache')?.ariaLabel;
    expect(nameOf(toFlowEdges(scenario, new Set()))).toBe('Call from App servers (zone a) to Session cache (reads)');
    const cache = scenario.components.find((component) => component.id === 'cache');
    if (!cache) throw new Error('the example has no cache');
    cache.name = 'Hot keys';
    expect(nameOf(toFlowEdges(scenario, new Set()))).toBe('Call from App servers (zone a) to Hot keys (reads)');
  });
});
