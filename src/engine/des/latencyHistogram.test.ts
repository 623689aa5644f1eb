import { describe, expect, it } from 'vitest';
import { createRandomStream, sampleExponential } from '../random';
import { LatencyHistogram } from './latencyHistogram';

describe('LatencyHistogram', () => {
  it('reads quantiles within 0.25 % of the exact sample quantiles', () => {
    const rng = createRandomStream(8);
    const histogram = new LatencyHistogram();
    const samples = Float64Array.from({ length: 50_000 }, () => 5 + sampleExponential(rng, 40));
    samples.forEach((x) => histogram.record(x));
    samples.sort();
    for (const q of [0.5, 0.9, 0.99, 0.999]) {
      const exact = samples[Math.ceil(q * samples.length) - 1] as number;
      expect(Math.abs(histogram.quantileMs(q) / exact - 1)).toBeLessThan(0.0025);
    }
  });

  it('is empty after reset', () => {
    const histogram = new LatencyHistogram();
    histogram.record(3);
    histogram.reset();
    expect(histogram.count).toBe(0);
    expect(histogram.quantileMs(0.5)).toBeNaN();
  });
});
