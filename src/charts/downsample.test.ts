import { describe, expect, it } from 'vitest';
import { downsampleLttb, maxChartPoints, type SeriesPoint } from './downsample';

const series = (count: number, y: (x: number) => number): SeriesPoint[] => Array.from({ length: count }, (_, x) => [x, y(x)] as const);

describe('LTTB downsampling', () => {
  it('leaves a short series as it is', () => {
    const short = series(201, (x) => x / 200);
    expect(downsampleLttb(short)).toEqual(short);
  });

  it('keeps exactly the threshold, first and last included, in ascending x', () => {
    const long = series(10_000, (x) => Math.sin(x / 300));
    const kept = downsampleLttb(long);
    expect(kept).toHaveLength(maxChartPoints);
    expect(kept[0]).toEqual(long[0]);
    expect(kept.at(-1)).toEqual(long.at(-1));
    for (let i = 1; i < kept.length; i += 1) expect((kept[i] as SeriesPoint)[0]).toBeGreaterThan((kept[i - 1] as SeriesPoint)[0]);
  });

  it('keeps a one-point spike that a stride would miss', () => {
    const spiky = series(5000, (x) => (x === 2503 ? 100 : 0));
    expect(downsampleLttb(spiky, 50).some(([, y]) => y === 100)).toBe(true);
    expect(spiky.filter((_, i) => i % 100 === 0).some(([, y]) => y === 100)).toBe(false);
  });

  it('keeps the tail of a CDF that climbs slowly to 1', () => {
    const cdf = series(20_000, (x) => 1 - Math.exp(-x / 1000));
    const kept = downsampleLttb(cdf, 200);
    expect(kept.at(-1)).toEqual(cdf.at(-1));
    expect(Math.max(...kept.map(([, y]) => y))).toBe(cdf.at(-1)?.[1]);
  });
});
