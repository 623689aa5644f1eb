import { describe, expect, it } from 'vitest';
import { availabilityPercentText, exponentText, msText, ninesText, percentText, secondsText, usdText } from './reportFigures';

describe('report figures as text', () => {
  it('never prints 100 % for a tiny U, and keeps sub-second lags visible', () => {
    expect(availabilityPercentText(7.849e-4)).toBe('99.9215 %');
    expect(availabilityPercentText(1e-20)).toBe('99.999999999999999999 %');
    expect(availabilityPercentText(1)).toBe('0.00 %');
    expect(availabilityPercentText(0)).toBe('100 %');
    expect(secondsText(0.02)).toBe('0.02');
    expect(secondsText(7350)).toBe('7350');
  });

  it('writes a word, not "Infinity", where a figure does not exist', () => {
    expect(msText(Number.POSITIVE_INFINITY)).toBe('saturated');
    expect(usdText(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(ninesText(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(secondsText(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('formats finite figures at a fixed precision', () => {
    expect(msText(125.76)).toBe('125.8');
    expect(usdText(10240.716)).toBe('$10240.72');
    expect(percentText(0.4167)).toBe('41.7 %');
    expect(ninesText(3.1052)).toBe('3.11');
    expect(exponentText(7.8493e-4)).toBe('7.849e-4');
    expect(exponentText(0)).toBe('0');
  });
});
