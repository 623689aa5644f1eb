import { describe, expect, it } from 'vitest';
import { componentLooks, groupIcons, usersIcon } from '../nodes/nodeIcons';
import { iconNodeOf } from './iconNode';

describe('iconNodeOf', () => {
  const icons = [...Object.values(componentLooks).map((look) => look.icon), ...Object.values(groupIcons), usersIcon];

  it.each(icons.map((icon) => [icon.displayName, icon] as const))('reads the %s icon as plain SVG shapes', (_name, icon) => {
    const node = iconNodeOf(icon);
    expect(node.length).toBeGreaterThan(0);
    for (const [tag, attributes] of node) {
      expect(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']).toContain(tag);
      expect(Object.keys(attributes).length).toBeGreaterThan(0);
    }
  });
});
