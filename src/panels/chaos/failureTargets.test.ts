import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine';
import { createExampleScenario } from '../../model';
import { analyticRecoveryEvent, failureTargetLabel, failureTargetOptions } from './failureTargets';

const example = createExampleScenario();
const report = evaluate(example);

describe('chaos failure targets', () => {
  it('lists failure domains outermost first, then components and the database primary', () => {
    expect(failureTargetOptions(example).map((o) => o.target)).toEqual(['aws', 'eu-west-1', 'zone-a', 'zone-b', 'dns', 'lb', 'app-a', 'app-b', 'cache', 'db', 'db/primary']);
    expect(failureTargetLabel(example, 'zone-b')).toBe('eu-west-1b (zone)');
    expect(failureTargetLabel(example, 'gone')).toBe('gone');
  });

  it('finds the analytic recovery event of a zone, a database primary and one instance; none for a whole fleet', () => {
    expect(analyticRecoveryEvent(report, example, 'zone-b')).toMatchObject({ id: 'zone:zone-b', rtoSeconds: 90, survived: true });
    expect(analyticRecoveryEvent(report, example, 'db/primary')).toMatchObject({ id: 'databasePrimary:db', rtoSeconds: 90 });
    expect(analyticRecoveryEvent(report, example, 'app-a/2')).toMatchObject({ id: 'instance:app-a' });
    expect(analyticRecoveryEvent(report, example, 'app-a')).toBeNull();
    expect(analyticRecoveryEvent(null, example, 'zone-b')).toBeNull();
  });
});
