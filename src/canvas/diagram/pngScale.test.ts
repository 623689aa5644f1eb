import { describe, expect, it } from 'vitest';
import { pngMaxSidePx, pngScale } from './pngScale';

describe('pngScale', () => {
  it('draws a small or medium drawing at twice its size', () => {
    expect(pngScale(680, 380)).toBe(2);
    expect(pngScale(4096, 1000)).toBe(2);
  });

  it('scales a huge drawing down so that its longest side fits, keeping the aspect ratio', () => {
    expect(pngScale(16_384, 2000) * 16_384).toBe(pngMaxSidePx);
    expect(pngScale(0, 0)).toBe(2);
  });
});
