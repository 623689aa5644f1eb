import { describe, expect, it } from 'vitest';
import { snapDrag } from './snapDrag';

const options = { thresholdPx: 8, gridPx: 20 };
const card = (x: number, y: number) => ({ x, y, width: 180, height: 60 });

describe('snapDrag', () => {
  it('snaps to the grid when no sibling is near', () => {
    expect(snapDrag(card(47, 113), [card(600, 600)], options)).toEqual({ position: { x: 40, y: 120 }, guides: [] });
  });

  it("snaps a card's centre onto a wider sibling's centre and draws the guide over both", () => {
    // The zone's centre is at x = 20 + 340 / 2 = 190; the card's centre at 103 + 90 = 193, 3 px off.
    const zone = { x: 20, y: 300, width: 340, height: 200 };
    const { position, guides } = snapDrag(card(103, 160), [zone], options);
    expect(position).toEqual({ x: 100, y: 160 });
    expect(guides).toEqual([{ axis: 'x', at: 190, from: 160, to: 500 }]);
  });

  it('prefers the nearest alignment over a farther one and over the grid', () => {
    // Its right edge (178 + 180 = 358) is 4 px from one sibling's left edge; its left edge 5 px from the other's.
    const { position } = snapDrag(card(178, 0), [card(362, 200), card(173, 400)], options);
    expect(position.x).toBe(182);
  });

  it('lines up on both axes at once and merges guides along the same line', () => {
    const above = card(100, 0);
    const beside = card(400, 203);
    const { position, guides } = snapDrag(card(104, 200), [above, beside], options);
    expect(position).toEqual({ x: 100, y: 203 });
    expect(guides).toContainEqual({ axis: 'x', at: 100, from: 0, to: 263 });
    expect(guides).toContainEqual({ axis: 'x', at: 190, from: 0, to: 263 });
    expect(guides).toContainEqual({ axis: 'y', at: 203, from: 100, to: 580 });
    expect(guides).toContainEqual({ axis: 'y', at: 233, from: 100, to: 580 });
    expect(guides).toHaveLength(6);
  });

  it('leaves a sibling beyond the threshold to the grid, and still shows an alignment the grid makes', () => {
    expect(snapDrag(card(131, 500), [card(100, 0)], options)).toEqual({ position: { x: 140, y: 500 }, guides: [] });
    expect(snapDrag(card(109, 500), [card(100, 0)], options).guides).toEqual([
      { axis: 'x', at: 100, from: 0, to: 560 },
      { axis: 'x', at: 190, from: 0, to: 560 },
      { axis: 'x', at: 280, from: 0, to: 560 },
    ]);
  });
});
