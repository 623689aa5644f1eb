import { describe, expect, it } from 'vitest';
import { duplicateElements } from './duplicateElements';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('duplicateElements', () => {
  it('duplicates a zone with its contents next to the original', () => {
    const next = performed(duplicateElements(example(), { ids: ['zone-b'], offset: { x: 20, y: 20 } }));
    expect(next.groups.at(-1)).toMatchObject({ id: 'zone-b-copy', parentId: 'eu-west-1' });
    expect(next.components.at(-1)).toMatchObject({ id: 'app-b-copy', groupId: 'zone-b-copy' });
    expect(next.layout.nodes['zone-b-copy']).toEqual({ x: 460, y: 170, width: 400, height: 350 });
    expect(next.selection).toEqual(['zone-b-copy']);
    expectValid(next);
  });

  it('refuses when only edges are selected', () => {
    expect(reasonOf(duplicateElements(example(), { ids: ['e-a-db'], offset: { x: 20, y: 20 } }))).toMatch(/Select a node/);
  });
});
