import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario } from '../model';
import { analyticRecoveryEvent, analyticRecoveryOf } from './simulatedRecovery';

const example = createExampleScenario();
const report = evaluate(example);

describe('the analytic side of a simulated failure', () => {
  it('finds the analytic recovery event of a zone, a database primary and one instance; none for a whole fleet', () => {
    expect(analyticRecoveryEvent(report, example, 'zone-b')).toMatchObject({ id: 'zone:zone-b', rtoSeconds: 90, survived: true });
    expect(analyticRecoveryEvent(report, example, 'db/primary')).toMatchObject({ id: 'databasePrimary:db', rtoSeconds: 90 });
    expect(analyticRecoveryEvent(report, example, 'app-a/2')).toMatchObject({ id: 'instance:app-a' });
    expect(analyticRecoveryEvent(report, example, 'app-a')).toBeNull();
    expect(analyticRecoveryEvent(null, example, 'zone-b')).toBeNull();
  });

  it('the worst RTO and RPO of several failures, survived only when each is', () => {
    expect(analyticRecoveryOf(report, example, [{ target: 'zone-b', atSeconds: 10, repairAtSeconds: null }, { target: 'db/primary', atSeconds: 20, repairAtSeconds: null }])).toEqual({ rtoSeconds: 90, rpoSeconds: 0, survived: true });
    expect(analyticRecoveryOf(report, example, [{ target: 'app-a', atSeconds: 10, repairAtSeconds: null }])).toBeNull();
  });
});
