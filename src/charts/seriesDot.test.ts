import { describe, expect, it } from 'vitest';
import { seriesDot } from './seriesDot';
import { seriesStroke } from './chartColours';

describe('seriesDot', () => {
  it('marks every point of a sparse preview with a whole, filled dot even on a dashed curve', () => {
    const dashed = seriesStroke(1);
    expect(dashed.dash).toBeDefined();
    expect(seriesDot(8, dashed.colour)).toMatchObject({ strokeDasharray: 'none', fill: dashed.colour, r: 3.5 });
  });

  it('leaves a finished curve unmarked', () => {
    expect(seriesDot(12, seriesStroke(0).colour)).toBe(false);
    expect(seriesDot(200, seriesStroke(2).colour)).toBe(false);
  });
});
