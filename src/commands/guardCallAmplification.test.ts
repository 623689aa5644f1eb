import { describe, expect, it } from 'vitest';
import { createChainScenario, type Scenario } from '../model';
import { guardCallAmplification } from './guardCallAmplification';
import { moveNodes } from './moveNodes';
import { updateElement } from './updateElement';
import { performed, reasonOf } from './test/helpers';

describe('guardCallAmplification', () => {
  // Users → Step 0 → … → Step 13, three calls per request on every edge but the first: Step 13 gets 3^12.
  const chain = createChainScenario(14, 'compute', 3);
  const withinLimit: Scenario = { ...chain, edges: chain.edges.map((edge) => (edge.id === 'e0' && edge.kind === 'call' ? { ...edge, callsPerRequest: 1 } : edge)) };

  it('refuses an edit that pushes a request past the limit further down the chain than the edited edge', () => {
    const edit = updateElement(withinLimit, { id: 'e0', patch: { callsPerRequest: 3 } });
    expect(edit.ok).toBe(true); // the edited edge's own fields are fine: the crossing is at Step 12 → Step 13
    expect(reasonOf(guardCallAmplification(withinLimit, edit))).toMatch(/^edges\[13\]\.callsPerRequest: one request from Users would reach Step 13 up to 1,590,000 times/);
  });

  it('lets through edits within the limit and commands that keep the edges', () => {
    const lower = updateElement(withinLimit, { id: 'e5', patch: { callsPerRequest: 1 } });
    expect(guardCallAmplification(withinLimit, lower)).toBe(lower);
    const move = moveNodes(chain, { positions: { c0: { x: 10, y: 10 } } });
    expect(performed(guardCallAmplification(chain, move)).edges).toBe(chain.edges);
  });
});
