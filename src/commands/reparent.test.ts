import { describe, expect, it } from 'vitest';
import { absolutePosition } from './layout/geometry';
import { reparent } from './reparent';
import { dropNodes } from './dropNodes';
import { example, expectContained, expectValid, performed, reasonOf } from './test/helpers';

describe('reparent', () => {
  it('moves a component chosen into another zone onto that zone, in its free space', () => {
    const next = performed(reparent(example(), { ids: ['cache'], parentId: 'zone-b' }));
    expect(next.components.find((c) => c.id === 'cache')?.groupId).toBe('zone-b');
    // Below app-b (30, 50), in line with its left edge.
    expect(next.layout.nodes.cache).toEqual({ x: 30, y: 130 });
    expectContained(next);
    expectValid(next);
  });

  it('keeps a component dropped over its new zone where it was dropped', () => {
    const next = performed(dropNodes(example(), { positions: { cache: { x: 430, y: 210 } } }));
    expect(next.components.find((c) => c.id === 'cache')?.groupId).toBe('zone-b');
    // zone-a's top-left is (100, 190) on the canvas.
    expect(absolutePosition(next, 'cache')).toEqual({ x: 530, y: 400 });
    expectContained(next);
  });

  it('makes a component global, clear of the provider it was drawn in', () => {
    const next = performed(reparent(example(), { ids: ['app-a'], parentId: null }));
    expect(next.components.find((c) => c.id === 'app-a')?.groupId).toBeNull();
    expectContained(next);
    expectValid(next);
  });

  it('moves a region out of its provider, keeping its contents and its size', () => {
    const next = performed(reparent(example(), { ids: ['eu-west-1'], parentId: null }));
    expect(next.groups.find((g) => g.id === 'eu-west-1')?.parentId).toBeNull();
    expect(next.layout.nodes['eu-west-1']).toMatchObject({ width: 860, height: 520 });
    expect(next.layout.nodes['zone-a']).toEqual(example().layout.nodes['zone-a']);
    expectContained(next);
    expectValid(next);
  });

  it('refuses placements the hierarchy forbids', () => {
    expect(reasonOf(reparent(example(), { ids: ['app-a'], parentId: 'aws' }))).toMatch(/zone or a region/);
    expect(reasonOf(reparent(example(), { ids: ['zone-a'], parentId: null }))).toMatch(/inside a region/);
    expect(reasonOf(reparent(example(), { ids: ['aws'], parentId: 'eu-west-1' }))).toMatch(/inside itself|top level/);
    expect(reasonOf(reparent(example(), { ids: ['users-eu'], parentId: 'zone-a' }))).toMatch(/top level/);
  });
});
