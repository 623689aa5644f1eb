import { describe, expect, it } from 'vitest';
import { curveCrossovers } from './crossovers';

describe('curve crossovers', () => {
  it('finds where a pay-per-request line overtakes a flat provisioned price', () => {
    // Serverless: $0.50 per 1 000 req/s-month; provisioned: $300 flat. They cross at 600 req/s.
    const serverless = [0, 250, 500, 750, 1000].map((x) => [x, x * 0.5] as const);
    const provisioned = [0, 1000].map((x) => [x, 300] as const);
    expect(curveCrossovers(serverless, provisioned)).toEqual([{ x: 600, y: 300, lowerAfter: 'b' }]);
    expect(curveCrossovers(provisioned, serverless)).toEqual([{ x: 600, y: 300, lowerAfter: 'a' }]);
  });

  it('finds nothing where curves never cross, or only touch at a point', () => {
    expect(curveCrossovers([[0, 1], [10, 2]], [[0, 3], [10, 4]])).toEqual([]);
    expect(curveCrossovers([[0, 0], [10, 10]], [[5, 5], [10, 20]])).toEqual([]);
  });

  it('compares only where both curves are drawn', () => {
    expect(curveCrossovers([[0, 0], [100, 100]], [[50, 80], [60, 40]])).toEqual([{ x: 56, y: 56, lowerAfter: 'b' }]);
  });
});
