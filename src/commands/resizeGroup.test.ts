import { describe, expect, it } from 'vitest';
import { absolutePosition } from './layout/geometry';
import { resizeGroup } from './resizeGroup';
import { example, expectContained, expectValid, performed, reasonOf } from './test/helpers';

describe('resizeGroup', () => {
  it('sets the size, never below the minimum side', () => {
    const next = performed(resizeGroup(example(), { id: 'zone-b', x: 440, y: 150, width: 300, height: 40 }));
    expect(next.layout.nodes['zone-b']).toEqual({ x: 440, y: 150, width: 300, height: 120 });
    expectValid(next);
  });

  it('never shrinks a group past what it holds', () => {
    const next = performed(resizeGroup(example(), { id: 'zone-a', x: 20, y: 150, width: 150, height: 150 }));
    expect(next.layout.nodes['zone-a']).toEqual({ x: 20, y: 150, width: 420, height: 290 });
    expectContained(next);
  });

  it('pushes a sibling out of the way of a grown group, growing the parent to hold both', () => {
    const next = performed(resizeGroup(example(), { id: 'zone-a', x: 20, y: 150, width: 600, height: 350 }));
    expect(next.layout.nodes['zone-b']?.x).toBe(640);
    expect(next.layout.nodes['eu-west-1']?.width).toBe(1060);
    expectContained(next);
  });

  it('keeps the children in place on screen when the top-left corner moves', () => {
    const base = example();
    const before = ['app-a', 'cache', 'db'].map((id) => absolutePosition(base, id));
    const next = performed(resizeGroup(base, { id: 'zone-a', x: 0, y: 130, width: 420, height: 370 }));
    expect(['app-a', 'cache', 'db'].map((id) => absolutePosition(next, id))).toEqual(before);
    expect(next.layout.nodes['app-a']).toEqual({ x: 50, y: 70 });
    expect(next.layout.nodes['app-b']).toBe(base.layout.nodes['app-b']);
  });

  it('refuses non-groups and non-finite sizes', () => {
    expect(reasonOf(resizeGroup(example(), { id: 'db', x: 0, y: 0, width: 200, height: 200 }))).toMatch(/no group/);
    expect(reasonOf(resizeGroup(example(), { id: 'zone-a', x: 0, y: 0, width: Infinity, height: 200 }))).toMatch(/finite/);
  });
});
