import { describe, expect, it } from 'vitest';
import { createExampleScenario, createGroup } from '../../model';
import type { RecoveryEvent } from '../report';
import { evaluateRecoveryReport } from './recoveryReport';
import { recoveryByClass } from './recoveryByClass';

const event = (id: string, survived: boolean, rtoSeconds: number, rpoSeconds: number, cause: string): RecoveryEvent => {
  const [kind = '', target = ''] = id.split(':');
  return { id, kind: kind as RecoveryEvent['kind'], target, survived, rtoSeconds, rpoSeconds, meetsTargets: rtoSeconds <= 100 && rpoSeconds <= 10, rtoCauseId: cause, rpoCauseId: `${cause}-data`, explain: { rto: [], rpo: [] } };
};

describe('recovery by failure class', () => {
  const scenario = createExampleScenario();

  it('a database primary is an instance loss; each class keeps its worst RTO and RPO, the first of equals, with the event and cause that set them', () => {
    const byClass = recoveryByClass(
      [event('instance:app', true, 90, 0, 'lb'), event('databasePrimary:db', true, 90, 2, 'db'), event('zone:a', false, 3750, 0, 'cache'), event('zone:b', true, 90, 0, 'lb')],
      scenario,
    );
    expect(Object.keys(byClass)).toEqual(['instance', 'zone']);
    expect(byClass.instance).toEqual({
      rto: { seconds: 90, eventId: 'instance:app', causeId: 'lb' },
      rpo: { seconds: 2, eventId: 'databasePrimary:db', causeId: 'db-data' },
      events: 2,
      survived: 2,
      meetsTargets: true,
      beyondDesign: null,
    });
    expect(byClass.zone).toMatchObject({ rto: { seconds: 3750, eventId: 'zone:a', causeId: 'cache' }, events: 2, survived: 1, meetsTargets: false });
  });

  it('the provider of a one-provider design is beyond any DR strategy of the design; with two providers it is not', () => {
    const one = recoveryByClass([event('provider:aws', false, 7350, 300, 'db')], scenario);
    expect(one.provider?.beyondDesign).toBe('Everything runs on AWS: no DR strategy inside one provider survives losing it (that takes a second provider)');
    const two = { ...scenario, groups: [...scenario.groups, createGroup('provider', 'gcp', 'Google Cloud', null, 'gcp')] };
    expect(recoveryByClass([event('provider:aws', false, 7350, 300, 'db')], two).provider?.beyondDesign).toBeNull();
  });

  it('the example by hand: zone a sets the zone RTO through its only cache (3 600 s provision + 150 s DNS), corruption through the database restore', () => {
    const { byClass } = evaluateRecoveryReport(scenario);
    expect(byClass.zone?.rto).toEqual({ seconds: 3750, eventId: 'zone:zone-a', causeId: 'cache' });
    expect(byClass.region?.rto).toEqual({ seconds: 7350, eventId: 'region:eu-west-1', causeId: 'db' });
    expect(byClass.corruption).toMatchObject({ rto: { seconds: 3600, causeId: 'db' }, rpo: { seconds: 300, causeId: 'db' } });
    expect(byClass.instance).toMatchObject({ rto: { seconds: 90, eventId: 'instance:app-a', causeId: 'lb' }, events: 3, survived: 3 });
  });
});
