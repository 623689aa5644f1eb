import { describe, expect, it } from 'vitest';
import { dropNodes, moveNodes, updateElement } from '../commands';
import { createExampleScenario, type Scenario } from '../model';
import { engineInputOf, sameEngineInput } from './engineInput';

const performed = (result: { ok: true; scenario: Scenario } | { ok: false; reason: string }) => {
  if (!result.ok) throw new Error(result.reason);
  return result.scenario;
};

describe('engine input', () => {
  const before = createExampleScenario();

  it('is unchanged by a move: layout is UI only', () => {
    const moved = performed(moveNodes(before, { positions: { 'app-a': { x: 300, y: 120 } } }));
    expect(moved).not.toBe(before);
    expect(sameEngineInput(before, moved)).toBe(true);
  });

  it('changes with a parameter edit or a drop into another zone', () => {
    expect(sameEngineInput(before, performed(updateElement(before, { id: 'app-a', patch: { instances: 4 } })))).toBe(false);
    const dropped = performed(dropNodes(before, { positions: { cache: { x: 900, y: 200 } } }));
    expect(dropped.components.find((component) => component.id === 'cache')?.groupId).not.toBe('zone-a');
    expect(sameEngineInput(before, dropped)).toBe(false);
  });

  it('leaves the layout out of what is sent to the worker', () => {
    const input = engineInputOf(before);
    expect(input.layout.nodes).toEqual({});
    expect(engineInputOf(input)).toBe(input);
    expect({ ...input, layout: before.layout }).toEqual(before);
  });
});
