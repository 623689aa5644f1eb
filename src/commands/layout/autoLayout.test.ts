import { describe, expect, it } from 'vitest';
import { example } from '../test/helpers';
import { autoLayout } from './autoLayout';
import { absolutePosition, nodeSize } from './geometry';

describe('auto-layout', () => {
  const scenario = example();
  const laidOut = { ...scenario, layout: autoLayout(scenario) };
  const ids = [...scenario.groups, ...scenario.components, ...scenario.clients].map((e) => e.id);
  const box = (id: string) => ({ ...absolutePosition(laidOut, id), ...nodeSize(laidOut, id) });

  it('places every element', () => {
    expect(Object.keys(laidOut.layout.nodes).sort()).toEqual([...ids].sort());
  });

  it('keeps each component inside its group, and sibling cards apart', () => {
    for (const component of scenario.components) {
      if (component.groupId === null) continue;
      const inner = box(component.id);
      const outer = box(component.groupId);
      expect(inner.x).toBeGreaterThanOrEqual(outer.x);
      expect(inner.y).toBeGreaterThanOrEqual(outer.y);
      expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
    }
    const zoneA = scenario.components.filter((c) => c.groupId === 'zone-a').map((c) => box(c.id));
    expect(zoneA).toHaveLength(3);
    for (let i = 0; i < zoneA.length; i += 1) {
      for (let j = i + 1; j < zoneA.length; j += 1) {
        const [a, b] = [zoneA[i], zoneA[j]];
        if (!a || !b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('puts users above the global DNS, and DNS above the provider', () => {
    expect(box('users-eu').y).toBeLessThan(box('dns').y);
    expect(box('dns').y + box('dns').height).toBeLessThan(box('aws').y);
    expect(box('zone-a').x + box('zone-a').width).toBeLessThan(box('zone-b').x);
  });
});
