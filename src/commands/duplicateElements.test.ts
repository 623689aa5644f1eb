import { describe, expect, it } from 'vitest';
import { duplicateElements } from './duplicateElements';
import { example, expectContained, expectValid, performed, reasonOf } from './test/helpers';

describe('duplicateElements', () => {
  it('duplicates a zone with its contents beside the original, growing the region to hold it', () => {
    const next = performed(duplicateElements(example(), { ids: ['zone-b'] }));
    expect(next.groups.at(-1)).toMatchObject({ id: 'zone-b-copy', parentId: 'eu-west-1' });
    expect(next.components.at(-1)).toMatchObject({ id: 'app-b-copy', groupId: 'zone-b-copy' });
    expect(next.layout.nodes['zone-b-copy']).toEqual({ x: 860, y: 150, width: 400, height: 350 });
    expect(next.layout.nodes['eu-west-1']).toMatchObject({ width: 1280 });
    expectContained(next);
    expect(next.selection).toEqual(['zone-b-copy']);
    expectValid(next);
  });

  it('refuses when only edges are selected', () => {
    expect(reasonOf(duplicateElements(example(), { ids: ['e-a-db'] }))).toMatch(/Select a node/);
  });
});
