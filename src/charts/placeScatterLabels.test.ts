import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeScatterLabels, type LabelBox, type LabelRequest } from './placeScatterLabels';

const area: LabelBox = { x: 60, y: 10, width: 340, height: 170 };
const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const request = (id: string, cx: number, cy: number, width = 120): LabelRequest => ({ id, cx, cy, radiusPx: 6, width, height: 14 });

describe('placeScatterLabels', () => {
  it('puts a lone label right of its dot', () => {
    expect(placeScatterLabels([request('a', 100, 100)], area)).toEqual([{ id: 'a', box: { x: 110, y: 93, width: 120, height: 14 } }]);
  });

  it('moves a label off the right edge to the left of its dot, inside the plot', () => {
    const [placed] = placeScatterLabels([request('a', 390, 100)], area);
    expect(placed?.box?.x).toBeLessThan(390);
    expect(placed?.box && placed.box.x + placed.box.width).toBeLessThanOrEqual(area.x + area.width);
  });

  it('places four designs close together (the compare view at its most crowded) without overlaps', () => {
    const placed = placeScatterLabels([request('a', 300, 60, 200), request('b', 320, 80, 210), request('c', 330, 82, 110), request('d', 150, 120, 130)], area);
    const boxes = placed.flatMap((p) => (p.box ? [p.box] : []));
    expect(boxes).toHaveLength(4);
    boxes.forEach((box, i) => boxes.slice(i + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)));
  });

  it('never overlaps labels, dots or the plot edges, leaving a label out (keyed) when there is no room', () => {
    const point = fc.record({ cx: fc.integer({ min: 60, max: 400 }), cy: fc.integer({ min: 10, max: 180 }), width: fc.integer({ min: 30, max: 220 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 4 }), (points) => {
        const requests = points.map((p, i) => request(`p${i}`, p.cx, p.cy, p.width));
        const placed = placeScatterLabels(requests, area);
        expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
        const boxes = placed.flatMap((p) => (p.box ? [p.box] : []));
        for (const [i, box] of boxes.entries()) {
          expect(box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height).toBe(true);
          for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
          for (const r of requests) expect(overlaps(box, { x: r.cx - 6, y: r.cy - 6, width: 12, height: 12 })).toBe(false);
        }
      }),
    );
  });
});
