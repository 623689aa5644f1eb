import { describe, expect, it } from 'vitest';
import { measureTextPx } from './measureTextPx';

describe('measureTextPx', () => {
  it('grows with the font size in proportion, as a label drawn larger when zoomed out does', () => {
    expect(measureTextPx('400 req/s', 22)).toBeCloseTo(2 * measureTextPx('400 req/s', 11), 9);
  });

  it('without a canvas to measure on, estimates from the number of characters (0.55 em each)', () => {
    expect(measureTextPx('reads · 180 req/s', 10)).toBeCloseTo(17 * 0.55 * 10, 9);
    expect(measureTextPx('', 11)).toBe(0);
  });
});
