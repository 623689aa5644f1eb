import { describe, expect, it } from 'vitest';
import { example } from '../test/helpers';
import { absolutePosition, centreOf, findDropTarget, nodeSize } from './geometry';

describe('canvas geometry', () => {
  it('adds up relative positions through the group chain', () => {
    expect(absolutePosition(example(), 'db')).toEqual({ x: 60 + 20 + 20 + 220, y: 0 + 40 + 150 + 210 });
    expect(absolutePosition(example(), null)).toEqual({ x: 0, y: 0 });
  });

  it('sizes groups from the layout and cards from the card size', () => {
    expect(nodeSize(example(), 'zone-a')).toEqual({ width: 400, height: 350 });
    expect(nodeSize(example(), 'db')).toEqual({ width: 180, height: 60 });
    expect(centreOf(example(), 'dns')).toEqual({ x: 510, y: -120 });
  });

  it('finds the innermost group that accepts what is dropped', () => {
    const scenario = example();
    expect(findDropTarget(scenario, { x: 200, y: 300 }, 'component')).toBe('zone-a');
    expect(findDropTarget(scenario, { x: 200, y: 300 }, 'zone')).toBe('eu-west-1');
    expect(findDropTarget(scenario, { x: 200, y: 300 }, 'region')).toBe('aws');
    expect(findDropTarget(scenario, { x: 200, y: 300 }, 'client')).toBeNull();
    expect(findDropTarget(scenario, { x: -200, y: 300 }, 'component')).toBeNull();
    expect(findDropTarget(scenario, { x: 200, y: 300 }, 'component', new Set(['zone-a']))).toBe('eu-west-1');
  });
});
