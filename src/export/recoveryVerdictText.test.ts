import { describe, expect, it } from 'vitest';
import { recoveryVerdictText } from './recoveryVerdictText';

const names = (id: string) => ({ 'api-west-a': 'API us-west-2a' })[id] ?? id;

describe('the chaos summary says what recovery the run showed', () => {
  it('a saturated failover is not a recovery', () => {
    expect(recoveryVerdictText({ kind: 'saturated', p99Ms: 38_000, sinceSeconds: 150, saturatedIds: ['api-west-a'] }, names)).toBe('failed over, saturated: p99 38 s (API us-west-2a)');
  });

  it('an outage shorter than detection + failover says the failover never completed, and why', () => {
    expect(recoveryVerdictText({ kind: 'repairedBeforeFailover', seconds: 30, outageSeconds: 30, failover: { seconds: 90, setBy: 'Application LB' } }, names)).toBe(
      'back only when repaired, after 30 s: the 30 s outage was shorter than detection + failover (1 m 30 s, Application LB), so the failover never completed',
    );
  });

  it('a recovery, inside or past the RTO target; a run still failing', () => {
    expect(recoveryVerdictText({ kind: 'recovered', seconds: 90, meetsRto: true }, names)).toBe('1 m 30 s');
    expect(recoveryVerdictText({ kind: 'recovered', seconds: 450, meetsRto: false }, names)).toBe('7 m 30 s, past the RTO target');
    expect(recoveryVerdictText({ kind: 'failing', finished: true }, names)).toBe('not recovered by the end');
    expect(recoveryVerdictText({ kind: 'failing', finished: false }, names)).toBe('failing…');
  });
});
