import { describe, expect, it } from 'vitest';
import { moveNodes } from './moveNodes';
import { example, expectValid, performed } from './test/helpers';

describe('moveNodes', () => {
  it('moves nodes and keeps group sizes', () => {
    const next = performed(moveNodes(example(), { positions: { 'app-a': { x: 60, y: 80 }, 'zone-b': { x: 460, y: 160 } } }));
    expect(next.layout.nodes['app-a']).toEqual({ x: 60, y: 80 });
    expect(next.layout.nodes['zone-b']).toEqual({ x: 460, y: 160, width: 400, height: 350 });
    expectValid(next);
  });

  it('returns the same scenario when nothing moved, and ignores non-finite positions', () => {
    const base = example();
    expect(performed(moveNodes(base, { positions: { 'app-a': { x: 30, y: 50 } } }))).toBe(base);
    expect(performed(moveNodes(base, { positions: { 'app-a': { x: Number.NaN, y: 0 } } }))).toBe(base);
  });

  it('keeps every other element object as it was (narrow re-renders depend on it)', () => {
    const base = example();
    const next = performed(moveNodes(base, { positions: { db: { x: 240, y: 220 } } }));
    expect(next.components).toBe(base.components);
    expect(next.layout.nodes['app-a']).toBe(base.layout.nodes['app-a']);
  });
});
