import { describe, expect, it } from 'vitest';
import { sweepCaption } from './sweepCaption';

describe('sweepCaption', () => {
  it('names, for each design, the component a replicas or hit-ratio sweep turns', () => {
    const designs = [
      { name: 'Shop as a monolith', xLabel: 'copies of Orders DB', nothing: false },
      { name: 'Shop as microservices', xLabel: 'copies of Cart DB', nothing: false },
      { name: 'Edge + serverless', xLabel: '', nothing: true },
    ];
    expect(sweepCaption('replicas', designs)).toBe(
      'Varies the copies (1 to 5) of each design’s first database, each extra copy in another zone or region: Orders DB in Shop as a monolith; Cart DB in Shop as microservices. Nothing to vary in Edge + serverless.',
    );
  });

  it('says what a load or regions sweep varies, the same for every design', () => {
    expect(sweepCaption('load', [{ name: 'A', xLabel: 'requests/s', nothing: false }])).toMatch(/^Varies the load offered to every design.*ends where its design saturates\.$/);
    expect(sweepCaption('regions', [])).toMatch(/^Repeats each design’s serving region in 1 to 4 regions/);
    expect(sweepCaption('hitRatio', [])).toBe('Varies the hit ratio (0 to 100 %) of each design’s first cache, or its CDN.');
  });
});
