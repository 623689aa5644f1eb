import { describe, expect, it } from 'vitest';
import { moveNodes, reparent } from '../commands';
import { createExampleScenario } from '../model';
import { reconcile } from './reconcile';
import { toFlowEdges, toFlowNodes } from './toFlow';

const none = new Set<string>();

function performed(result: ReturnType<typeof moveNodes>) {
  if (!result.ok) throw new Error(result.reason);
  return result.scenario;
}

describe('reconcile', () => {
  it('returns the previous array when nothing changed', () => {
    const scenario = createExampleScenario();
    const first = toFlowNodes(scenario, none);
    expect(reconcile(first, toFlowNodes(scenario, none))).toBe(first);
  });

  it('gives a new object only to the node that moved, keeping what React Flow measured', () => {
    const scenario = createExampleScenario();
    const measured = toFlowNodes(scenario, none).map((node) => ({ ...node, measured: { width: 180, height: 60 } }));
    const moved = performed(moveNodes(scenario, { positions: { db: { x: 210, y: 200 } } }));
    const next = reconcile(measured, toFlowNodes(moved, none));
    const changed = next.filter((node, i) => node !== measured[i]).map((node) => node.id);
    expect(changed).toEqual(['db']);
    expect(next.find((node) => node.id === 'db')).toMatchObject({ position: { x: 210, y: 200 }, measured: { width: 180, height: 60 } });
  });

  it('notices a node leaving its group (a key that disappears)', () => {
    const scenario = createExampleScenario();
    const before = toFlowNodes(scenario, none);
    const next = reconcile(before, toFlowNodes(performed(reparent(scenario, { ids: ['app-a'], parentId: null })), none));
    expect(next.find((node) => node.id === 'app-a')?.parentId).toBeUndefined();
  });

  it('changes only the edges whose selection changed', () => {
    const scenario = createExampleScenario();
    const before = toFlowEdges(scenario, none);
    const next = reconcile(before, toFlowEdges(scenario, new Set(['e-a-db'])));
    expect(next.filter((edge, i) => edge !== before[i]).map((edge) => edge.id)).toEqual(['e-a-db']);
  });
});
