import { describe, expect, it } from 'vitest';
import type { FailureVariable } from './faultTree';
import { singlePointsOf } from './singlePoints';

const variable = (kind: FailureVariable['kind'], elementId: string, copyIndex?: number): FailureVariable => ({ id: `${elementId}#${copyIndex ?? 0}`, kind, elementId, atomic: true, ...(copyIndex === undefined ? {} : { copyIndex }) });

describe('single points of failure (#16.7)', () => {
  // U = 1e-3: zone a causes 40 % of the downtime, the one-instance app 30 %, the managed load balancer 20 %, the database's copies 10 %.
  const points = singlePointsOf(
    [
      { variable: variable('component', 'lb'), unavailability: 1e-4 },
      { variable: variable('fleet', 'app'), unavailability: 3e-4 },
      { variable: variable('databaseCopy', 'db', 0), unavailability: 5e-5 },
      { variable: variable('databaseCopy', 'db', 1), unavailability: 8e-5 },
      { variable: variable('zone', 'zone-a'), unavailability: 4e-4 },
    ],
    { lb: 2e-4, app: 3e-4, db: 1e-4, 'zone-a': 4e-4 },
    1e-3,
  );

  it('tells a single box (one instance, one database copy) from a managed service and a failure domain', () => {
    expect(Object.fromEntries(points.map((p) => [p.id, p.kind]))).toEqual({ 'zone-a': 'zone', app: 'box', lb: 'managedService', db: 'box' });
  });

  it('ranks them all, boxes and managed services alike, by their share of the downtime, each with its own unavailability', () => {
    expect(points.map((p) => [p.id, p.shareOfDowntime])).toEqual([
      ['zone-a', 0.4],
      ['app', 0.3],
      ['lb', 0.2],
      ['db', 0.1],
    ]);
    expect(points.find((p) => p.id === 'db')?.unavailability).toBe(8e-5);
  });
});
