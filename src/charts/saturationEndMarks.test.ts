import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabelBox } from './placeScatterLabels';
import { saturationEndMarks, type SeriesEnd } from './saturationEndMarks';

const area: LabelBox = { x: 60, y: 12, width: 320, height: 180 };
/** Data units are pixels here: the chart's scales are not what is tested. */
const asPixels = (x: number, y: number) => ({ cx: x, cy: y });
const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const end = (x: number, y: number, colour: string, label: string): SeriesEnd => ({ x, y, colour, label });

describe('saturationEndMarks', () => {
  it('keeps apart the labels of two designs that saturate near one another', () => {
    // The overlap seen in the compare view: the second dot one label-line above the first, both near the right edge.
    const marks = saturationEndMarks([end(340, 120, 'blue', 'saturates at 1.6k req/s'), end(352, 104, 'red', 'saturates at 1.64k req/s')], [], asPixels, area);
    const [a, b] = marks.map((mark) => mark.box);
    expect(a && b && overlaps(a, b)).toBe(false);
    expect(marks.map((mark) => mark.lines.map((line) => line.text))).toEqual([['saturates at 1.6k req/s'], ['saturates at 1.64k req/s']]);
  });

  it('draws designs that end at one place as one mark, saying a shared text once beside both colours', () => {
    const marks = saturationEndMarks([end(300, 50, 'blue', 'saturates at 1.6k req/s'), end(301, 51, 'red', 'saturates at 1.6k req/s')], [], asPixels, area);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ colours: ['blue', 'red'], lines: [{ text: 'saturates at 1.6k req/s', colours: ['blue', 'red'] }] });
    expect(marks[0]?.box).not.toBeNull();
  });

  it('never lays a label over another label, a dot or the plot edges (up to four designs anywhere)', () => {
    const anEnd = fc.record({ x: fc.integer({ min: 60, max: 380 }), y: fc.integer({ min: 12, max: 192 }), text: fc.constantFrom('saturates at 547 req/s', 'saturates at 1.07k req/s', 'saturates at 12') });
    fc.assert(
      fc.property(fc.array(anEnd, { minLength: 1, maxLength: 4 }), (points) => {
        const marks = saturationEndMarks(points.map((p, i) => end(p.x, p.y, `c${i}`, p.text)), [], asPixels, area);
        const boxes = marks.flatMap((mark) => (mark.box ? [mark.box] : []));
        const dots = marks.map((mark) => ({ x: mark.cx - 5, y: mark.cy - 5, width: 10, height: 10 }));
        boxes.forEach((box, i) => {
          expect(box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height).toBe(true);
          boxes.slice(i + 1).forEach((other) => expect(overlaps(box, other)).toBe(false));
          dots.forEach((dot) => expect(overlaps(box, dot)).toBe(false));
        });
      }),
    );
  });

  it('keeps a label off the curves, not only off the dots', () => {
    // Another design's curve rising steeply to the left, and a curve passing through the end: right, left, above and below are taken.
    const wide: LabelBox = { ...area, width: 420 };
    const curves = [
      [[250, 178], [258, 60]],
      [[60, 100], [480, 100]],
    ] as const;
    const [mark] = saturationEndMarks([end(300, 100, 'blue', 'saturates at 2.67k req/s')], curves, asPixels, wide);
    const box = mark?.box ?? null;
    expect(box).not.toBeNull();
    const crosses = (x0: number, y0: number, x1: number, y1: number) => box !== null && box.x < Math.max(x0, x1) && Math.min(x0, x1) < box.x + box.width && box.y < Math.max(y0, y1) && Math.min(y0, y1) < box.y + box.height;
    expect([crosses(250, 178, 258, 60), crosses(60, 100, 480, 100)]).toEqual([false, false]);
  });

  it('leaves out an end the chart cannot place (off its scales)', () => {
    expect(saturationEndMarks([end(Number.NaN, 10, 'blue', 'x')], [], asPixels, area)).toEqual([]);
  });
});
