import { describe, expect, it } from 'vitest';
import { paletteKindOf } from './paletteDrag';
import { paletteMimeType } from './paletteItems';

const drag = (data: Record<string, string>) => ({ types: Object.keys(data), getData: (type: string) => data[type] ?? '' });

describe('paletteKindOf', () => {
  it('reads the kind a palette drag carries', () => {
    expect(paletteKindOf(drag({ [paletteMimeType]: 'compute' }), { readData: true })).toBe('compute');
    expect(paletteKindOf(drag({ [paletteMimeType]: 'compute' }), { readData: false })).toBe('pending');
  });

  it('leaves file drags to the window-level file drop', () => {
    expect(paletteKindOf(drag({ Files: '', [paletteMimeType]: 'compute' }), { readData: true })).toBeNull();
    expect(paletteKindOf(drag({ Files: '' }), { readData: false })).toBeNull();
  });

  it('ignores other drags and unknown kinds', () => {
    expect(paletteKindOf(drag({ 'text/plain': 'hello' }), { readData: true })).toBeNull();
    expect(paletteKindOf(drag({ [paletteMimeType]: 'spaceship' }), { readData: true })).toBeNull();
  });
});
