import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { sweepLoad } from './sweepLoad';
import { linearSpace } from './sweepPoint';
import { sweepHitRatio, sweepReplicas } from './sweepScenario';

describe('sweeps of the built-in example', () => {
  const example = createExampleScenario();

  it('load: latency rises with load and the curve ends saturated past 2,400 requests/s', () => {
    const points = sweepLoad(compileScenario(example), [0, 800, 1600, 2300, 2500]);
    for (let i = 1; i < 4; i += 1) expect(points[i]?.p99Ms ?? 0).toBeGreaterThanOrEqual(points[i - 1]?.p99Ms ?? 0);
    expect(points[3]?.saturated).toBe(false);
    expect(points[4]?.saturated).toBe(true);
    expect(points[4]?.p99Ms).toBe(Number.POSITIVE_INFINITY);
  });

  it('cache hit ratio: more hits never slow reads, and send fewer reads to the database', () => {
    const points = sweepHitRatio(example, 'cache', linearSpace(0, 1, 5));
    for (let i = 1; i < points.length; i += 1) expect(points[i]?.meanMs ?? 0).toBeLessThanOrEqual((points[i - 1]?.meanMs ?? 0) + 1e-9);
    // Each point is one fewer set of cross-zone database calls: transfer cost falls with the hit ratio.
    expect(points[4]?.monthlyUsd ?? 0).toBeLessThan(points[0]?.monthlyUsd ?? 0);
  });

  it('replicas: each extra copy of the database adds its instance-hours and storage to the bill', () => {
    const points = sweepReplicas(example, 'db', ['zone-b', 'zone-a'], [1, 2, 3]);
    // One more db.m6i.large copy: 730 h × $0.171 + 100 GB × $0.115 = $136.33, plus its replication transfer.
    expect((points[2]?.monthlyUsd ?? 0) - (points[1]?.monthlyUsd ?? 0)).toBeGreaterThanOrEqual(136.33 - 1e-6);
    expect(points.map((p) => p.x)).toEqual([1, 2, 3]);
  });
});
