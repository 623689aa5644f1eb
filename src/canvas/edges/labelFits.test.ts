import { describe, expect, it } from 'vitest';
import { labelFits } from './labelFits';

describe('labelFits', () => {
  it('fits a traffic label between cards a layer apart, not between cards side by side', () => {
    // "219 req/s": 9 characters ≈ 62 px wide, 34 px tall with its cost line, and 16 px clear at each end.
    expect(labelFits('219 req/s', { lengthPx: 80, vertical: true })).toBe(true);
    expect(labelFits('219 req/s', { lengthPx: 60, vertical: true })).toBe(false);
    expect(labelFits('219 req/s', { lengthPx: 20, vertical: false })).toBe(false);
    expect(labelFits('219 req/s', { lengthPx: 100, vertical: false })).toBe(true);
  });
});
