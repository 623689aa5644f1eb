import { describe, expect, it } from 'vitest';
import { BoxGrid } from './boxGrid';
import { labelBox, placeLabel as placeIndex, routeCandidates, type LabelCandidate } from './placeLabel';

/** The spot chosen, rather than its index. */
const placeLabel = (text: string, candidates: LabelCandidate[], scale: number, obstacles: { x: number; y: number; width: number; height: number }[]) => {
  const index = placeIndex(text, candidates, scale, new BoxGrid(obstacles));
  const chosen = index === null ? undefined : candidates[index];
  return chosen ? { x: chosen.x, y: chosen.y } : null;
};

const straightDown = (lengthPx: number) => routeCandidates([{ x: 100, y: 0 }, { x: 100, y: lengthPx }]);
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabel', () => {
  it('puts a traffic label in the middle of a run a layer long, and on hover only between cards side by side', () => {
    // "219 req/s" is 34 px tall with its cost line: 16 px clear at either end needs 66 px of run.
    expect(placeLabel('219 req/s', straightDown(100), 1, [])).toEqual({ x: 100, y: 50 });
    expect(placeLabel('219 req/s', straightDown(60), 1, [])).toBeNull();
    // Across a 20 px gap between two cards in a row, 62 px of text cannot fit.
    expect(placeLabel('219 req/s', routeCandidates([{ x: 0, y: 0 }, { x: 20, y: 0 }]), 1, [])).toBeNull();
  });

  it('needs more room when the label is drawn larger (zoomed out)', () => {
    expect(placeLabel('219 req/s', straightDown(90), 1, [])).not.toBeNull();
    expect(placeLabel('219 req/s', straightDown(90), 2, [])).toBeNull();
    expect(placeLabel('219 req/s', straightDown(200), 2, [])).toEqual({ x: 100, y: 100 });
  });

  it("slides along the run off a group's title, and gives up (hover only) when every spot is covered", () => {
    const title = { x: 0, y: 90, width: 400, height: 36 };
    const spot = placeLabel('219 req/s', straightDown(300), 1, [title]);
    expect(spot).not.toBeNull();
    expect(spot && overlaps(labelBox('219 req/s', spot, 1), title)).toBe(false);
    expect(placeLabel('219 req/s', straightDown(300), 1, [{ x: 0, y: 0, width: 400, height: 300 }])).toBeNull();
  });

  it("tries a routed edge's longest run first", () => {
    const candidates = routeCandidates([
      { x: 0, y: 0 },
      { x: 0, y: 40 },
      { x: 300, y: 40 },
      { x: 300, y: 80 },
    ]);
    expect(candidates[0]).toMatchObject({ x: 150, y: 40, vertical: false });
    expect(placeLabel('219 req/s', candidates, 1, [])).toEqual({ x: 150, y: 40 });
  });
});
