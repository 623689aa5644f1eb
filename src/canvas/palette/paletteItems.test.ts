import { describe, expect, it } from 'vitest';
import { componentKinds } from '../../model';
import { isPaletteKind, paletteSections } from './paletteItems';

describe('palette', () => {
  it('offers every component kind, users and the three group kinds, once each', () => {
    const kinds = paletteSections.flatMap((section) => section.items.map((item) => item.kind));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.sort()).toEqual([...componentKinds, 'users', 'provider', 'region', 'zone'].sort());
  });

  it('recognises only its own kinds in drag data', () => {
    expect(isPaletteKind('database')).toBe(true);
    expect(isPaletteKind('Files')).toBe(false);
  });
});
