import { describe, expect, it } from 'vitest';
import { absolutePosition } from './layout/geometry';
import { reparent } from './reparent';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('reparent', () => {
  it('moves a component into another zone without moving it on screen', () => {
    const base = example();
    const before = absolutePosition(base, 'cache');
    const next = performed(reparent(base, { ids: ['cache'], parentId: 'zone-b' }));
    expect(next.components.find((c) => c.id === 'cache')?.groupId).toBe('zone-b');
    expect(absolutePosition(next, 'cache')).toEqual(before);
    expect(next.layout.nodes.cache).toEqual({ x: -390, y: 210 });
    expectValid(next);
  });

  it('makes a component global when dropped outside every group', () => {
    const next = performed(reparent(example(), { ids: ['app-a'], parentId: null }));
    expect(next.components.find((c) => c.id === 'app-a')?.groupId).toBeNull();
    expect(next.layout.nodes['app-a']).toEqual({ x: 130, y: 240 });
    expectValid(next);
  });

  it('moves a region out of its provider, keeping its contents', () => {
    const next = performed(reparent(example(), { ids: ['eu-west-1'], parentId: null }));
    expect(next.groups.find((g) => g.id === 'eu-west-1')?.parentId).toBeNull();
    expect(next.layout.nodes['eu-west-1']).toMatchObject({ x: 80, y: 40, width: 860 });
    expectValid(next);
  });

  it('refuses placements the hierarchy forbids', () => {
    expect(reasonOf(reparent(example(), { ids: ['app-a'], parentId: 'aws' }))).toMatch(/zone or a region/);
    expect(reasonOf(reparent(example(), { ids: ['zone-a'], parentId: null }))).toMatch(/inside a region/);
    expect(reasonOf(reparent(example(), { ids: ['aws'], parentId: 'eu-west-1' }))).toMatch(/inside itself|top level/);
    expect(reasonOf(reparent(example(), { ids: ['users-eu'], parentId: 'zone-a' }))).toMatch(/top level/);
  });
});
