import { describe, expect, it } from 'vitest';
import { labelScaleAt } from './labelScale';

describe('labelScaleAt', () => {
  it('keeps an 11 px label at 11 screen pixels or more down to half zoom, and at most doubles it', () => {
    expect(labelScaleAt(1)).toBe(1);
    expect(labelScaleAt(1.5)).toBe(1);
    for (const zoom of [0.9, 0.75, 0.62, 0.5]) expect(11 * zoom * labelScaleAt(zoom)).toBeGreaterThanOrEqual(11);
    expect(labelScaleAt(0.2)).toBe(2);
  });

  it('moves in quarter steps, so zooming redraws edges only when a step is crossed', () => {
    expect(labelScaleAt(0.62)).toBe(labelScaleAt(0.63));
    expect((labelScaleAt(0.62) * 4) % 1).toBe(0);
  });
});
