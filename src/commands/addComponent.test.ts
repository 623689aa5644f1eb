import { describe, expect, it } from 'vitest';
import { componentKinds } from '../model';
import { addComponent } from './addComponent';
import { example, expectContained, expectValid, performed, reasonOf } from './test/helpers';

describe('addComponent', () => {
  it.each(componentKinds)('adds a valid %s in a zone, selected, at the given spot', (kind) => {
    const next = performed(addComponent(example(), { kind, groupId: 'zone-a', position: { x: 220, y: 60 } }));
    const added = next.components.at(-1);
    expect(added).toMatchObject({ kind, groupId: 'zone-a' });
    expect(next.selection).toEqual([added?.id]);
    expect(next.layout.nodes[added?.id ?? '']).toEqual({ x: 220, y: 60 });
    expectValid(next);
  });

  it('puts a component asked for on top of another into the nearest free spot of its zone', () => {
    const next = performed(addComponent(example(), { kind: 'cache', groupId: 'zone-a', position: { x: 40, y: 60 } }));
    // Below app-a (30, 50), in line with its left edge rather than at the asked-for x = 40.
    expect(next.layout.nodes[next.selection[0] ?? '']).toEqual({ x: 30, y: 130 });
    expect(next.layout.nodes['zone-a']).toEqual(example().layout.nodes['zone-a']);
    expectContained(next);
  });

  it('grows the zone when it has no free spot left', () => {
    let next = example();
    for (let i = 0; i < 4; i += 1) next = performed(addComponent(next, { kind: 'compute', groupId: 'zone-a', position: { x: 30, y: 50 } }));
    const { width = 0, height = 0 } = next.layout.nodes['zone-a'] ?? {};
    expect(width * height).toBeGreaterThan(400 * 350);
    expectContained(next);
  });

  it('gives fresh ids and distinct names to repeated additions', () => {
    const first = performed(addComponent(example(), { kind: 'compute', groupId: null, position: { x: 0, y: 0 } }));
    const second = performed(addComponent(first, { kind: 'compute', groupId: null, position: { x: 0, y: 0 } }));
    const [a, b] = second.components.slice(-2);
    expect(a?.id).not.toBe(b?.id);
    expect([a?.name, b?.name]).toEqual(['Compute', 'Compute 2']);
    expectValid(second);
  });

  it('refuses a provider as the group', () => {
    expect(reasonOf(addComponent(example(), { kind: 'compute', groupId: 'aws', position: { x: 0, y: 0 } }))).toMatch(/zone or a region/);
  });

  it('leaves the original scenario untouched', () => {
    const before = example();
    const snapshot = JSON.stringify(before);
    addComponent(before, { kind: 'cache', groupId: 'zone-b', position: { x: 0, y: 0 } });
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});
