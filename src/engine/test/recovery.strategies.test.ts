import { describe, expect, it } from 'vitest';
import { createExampleScenario, type RecoveryStrategy, type Scenario } from '../../model';
import { evaluateRecoveryReport } from '../recovery';
import { call, domains, emptyScenario, fleet, unit } from './availabilityFixtures';

/** One region, one zone: app → single database (100 GB). Nothing survives a zone loss, so the DR strategy decides. */
function singleZone(strategy: RecoveryStrategy, pitr = false): Scenario {
  const s = emptyScenario();
  s.groups = domains({ provider: 1e-5, region: 1e-4, zone: 5e-4 }, ['za']);
  s.components = [
    unit('dns', 'dns', 0),
    fleet('app', 0.005, 'za', 2),
    { ...unit('database', 'db', 0.005, 'za'), storageGb: 200, replication: 'async', replicationLagMs: 2000 },
  ];
  s.edges = [call('users', 'dns'), call('dns', 'app'), call('app', 'db')];
  s.recovery = { strategy, backupIntervalMin: 60, pitr, restoreGbPerHour: 100, targets: { rtoSec: 3600, rpoSec: 300 } };
  return s;
}

/** The recovery site a DR strategy needs, in the region outside zone za: a copy of the database (async link, 1.5 s) and, with `servers`, a fleet. */
function withRecoverySite(s: Scenario, { servers }: { servers: boolean }): Scenario {
  s.components.push({ ...unit('database', 'dr-db', 0.005, 'r') });
  if (servers) s.components.push(fleet('dr-app', 0.005, 'r', 1));
  s.edges.push({ id: 'rep', kind: 'replication', from: 'db', to: 'dr-db', mode: 'async', lagMs: 1500 });
  return s;
}

const zoneEvent = (s: Scenario) => evaluateRecoveryReport(s).events.find((e) => e.id === 'zone:za');
// DNS switch, default DNS: health check 30 s × 3 + TTL 60 s = 150 s.
const dnsSwitch = 150;

describe('recovery by DR strategy (docs/sources.md §4.3), by hand', () => {
  it('backup & restore: 1 h provision + 200 GB ÷ 100 GB/h + DNS switch; RPO = backup interval', () => {
    const event = zoneEvent(singleZone('backupRestore'));
    expect(event?.survived).toBe(false);
    expect(event?.rtoSeconds).toBe(3600 + 2 * 3600 + dnsSwitch); // 10 950 s
    expect(event?.rpoSeconds).toBe(3600);
    expect(event?.meetsTargets).toBe(false);
  });

  it('backup & restore with PITR: RPO = 5 min', () => {
    expect(zoneEvent(singleZone('backupRestore', true))?.rpoSeconds).toBe(300);
  });

  it('pilot light with a replicated copy in the region: 20 min scale-up + switch; RPO = the lag of the link', () => {
    const event = zoneEvent(withRecoverySite(singleZone('pilotLight'), { servers: false }));
    expect(event?.rtoSeconds).toBe(1200 + dnsSwitch);
    expect(event?.rpoSeconds).toBe(1.5);
  });

  it('warm standby with an asynchronous replication link of 1.5 s and servers in the region: RTO 5 min + switch, RPO 1.5 s', () => {
    const event = zoneEvent(withRecoverySite(singleZone('warmStandby'), { servers: true }));
    expect(event?.rtoSeconds).toBe(300 + dnsSwitch);
    expect(event?.rpoSeconds).toBe(1.5);
    expect(event?.meetsTargets).toBe(true);
  });

  it('active-active with a recovery site: only the switch', () => {
    expect(zoneEvent(withRecoverySite(singleZone('activeActive'), { servers: true }))?.rtoSeconds).toBe(dnsSwitch);
  });

  it('a strategy whose recovery site the design lacks recovers from backups: no copy of the data outside the zone, or no servers there', () => {
    for (const s of [singleZone('pilotLight'), singleZone('warmStandby'), singleZone('activeActive'), withRecoverySite(singleZone('warmStandby'), { servers: false })]) {
      const fromBackups = zoneEvent({ ...s, recovery: { ...s.recovery, strategy: 'backupRestore' } });
      const event = zoneEvent(s);
      expect(event).toMatchObject({ rtoSeconds: fromBackups?.rtoSeconds, rpoSeconds: fromBackups?.rpoSeconds, meetsTargets: false });
      expect(event?.survived).toBe(false);
      expect(event?.rtoSeconds).toBeGreaterThanOrEqual(3600 + 2 * 3600 + dnsSwitch);
    }
  });

  it('no strategy: wait for the zone to come back (assumed 6 h MTTR), data intact', () => {
    const event = zoneEvent(singleZone('none'));
    expect(event?.rtoSeconds).toBe(6 * 3600);
    expect(event?.rpoSeconds).toBe(0);
  });

  it('corruption replicates: restore time and backup interval even with a standby', () => {
    const s = singleZone('activeActive');
    const corruption = evaluateRecoveryReport(s).events.find((e) => e.id === 'corruption:db');
    expect(corruption?.survived).toBe(false);
    expect(corruption?.rtoSeconds).toBe(2 * 3600);
    expect(corruption?.rpoSeconds).toBe(3600);
  });
});

describe('recovery by redundancy, the example scenario', () => {
  const events = new Map(evaluateRecoveryReport(createExampleScenario()).events.map((e) => [e.id, e]));

  it('survives an app instance: the ALB detects it in 30 s × 3 = 90 s, nothing lost', () => {
    expect(events.get('instance:app-a')).toMatchObject({ survived: true, rtoSeconds: 90, rpoSeconds: 0, meetsTargets: true });
  });

  it('survives the database primary: 90 s failover, RPO 0 with synchronous replication', () => {
    expect(events.get('databasePrimary:db')).toMatchObject({ survived: true, rtoSeconds: 90, rpoSeconds: 0 });
  });

  it('survives zone b (apps and standby) but not zone a, which holds the only cache', () => {
    expect(events.get('zone:zone-b')).toMatchObject({ survived: true, rtoSeconds: 90, rpoSeconds: 0 });
    // backupRestore: 3 600 s provision + Route 53 150 s = 3 750 s; the database survives in zone b, so nothing is restored
    // and no write is lost. The explanation names the cache as the cause, not a database restore.
    const zoneA = events.get('zone:zone-a');
    expect(zoneA).toMatchObject({ survived: false, rtoSeconds: 3750, rpoSeconds: 0, meetsTargets: false, rtoCauseId: 'cache' });
    expect(zoneA?.explain.rto[0]?.label).toBe('Not survived: losing eu-west-1a (zone) loses Session cache; nothing else serves its requests');
    expect(zoneA?.explain.rto.map((t) => t.label)).toContain('No database is lost: nothing to restore');
  });

  it('an asynchronous standby loses its lag when the primary goes', () => {
    const s = createExampleScenario();
    s.components = s.components.map((c) => (c.kind === 'database' ? { ...c, replication: 'async' as const, replicationLagMs: 800 } : c));
    const primary = evaluateRecoveryReport(s).events.find((e) => e.id === 'databasePrimary:db');
    expect(primary).toMatchObject({ survived: true, rtoSeconds: 90, rpoSeconds: 0.8 });
  });
});
