import { describe, expect, it } from 'vitest';
import { evaluateRecoveryReport } from '../recovery';
import type { Scenario } from '../../model';
import { loadFixture, loadTemplate } from './templateFixtures';

/**
 * RTO / RPO of every failure event of the four templates, by hand (SPEC §2.4, docs/sources.md §4.2–4.3):
 *   ALB detection = health check 30 s × 3 failures = 90 s; DNS switch = 30 s × 3 + TTL 60 s = 150 s;
 *   database promotion = its failoverSeconds (90 s); waiting for a zone / region / provider = MTTR 6 h = 21 600 s;
 *   DR provisioning (assumptions inside the whitepaper's ranges): backup & restore 3 600 s, warm standby 300 s,
 *   active-active 0 s; restore = storage ÷ restoreGbPerHour; PITR granularity 300 s.
 * An event that redundancy absorbs costs its slowest detection + failover and loses nothing (synchronous
 * copies); otherwise the DR strategy or the repair, whichever is faster.
 */
type Row = [id: string, survived: boolean, rtoSeconds: number, rpoSeconds: number, meetsTargets: boolean];

function expectEvents(file: string, rows: Row[], scenario: Scenario = loadTemplate(file)) {
  const report = evaluateRecoveryReport(scenario);
  expect(report.events.map((e): Row => [e.id, e.survived, e.rtoSeconds, e.rpoSeconds, e.meetsTargets])).toEqual(rows);
  expect(report.worstRtoSeconds).toBe(Math.max(...rows.map((r) => r[2])));
  expect(report.worstRpoSeconds).toBe(Math.max(...rows.map((r) => r[3])));
}

describe('recovery of the templates, by hand', () => {
  it('example-three-tier: backup & restore (100 GB, PITR); targets RTO 3 600 s, RPO 300 s', () => {
    // Unsurvived region and provider (they hold every copy of the database): 3 600 provision + 100 GB ÷ 100 GB/h = 3 600
    // + DNS 150 = 7 350 s (< 21 600 s MTTR); RPO = PITR 300 s.
    expectEvents('example-three-tier.json', [
      ['instance:app-a', true, 90, 0, true], // 3 instances, 1 needed: the ALB stops sending to the dead one
      ['instance:app-b', true, 90, 0, true],
      ['provider:aws', false, 7350, 300, false],
      ['region:eu-west-1', false, 7350, 300, false],
      // Zone a holds the only cache: reads fail. The database keeps its standby in zone b, so nothing is restored:
      // 3 600 s provision + 150 s DNS = 3 750 s, and no write is lost.
      ['zone:zone-a', false, 3750, 0, false],
      ['zone:zone-b', true, 90, 0, true], // ALB drops app-b; zone b holds only the standby copy
      ['databasePrimary:db', true, 90, 0, true], // promote the synchronous standby: 90 s, nothing lost
      ['corruption:db', false, 3600, 300, true], // replicas copy the damage: restore 100 GB at 100 GB/h; PITR 300 s
    ]);
  });

  it('single-region-monolith: backup & restore (daily, no PITR); targets RTO 14 400 s, RPO 86 400 s', () => {
    // Unsurvived domains: 3 600 + 100 GB ÷ 100 GB/h (3 600) + 150 = 7 350 s; RPO = the daily backup, 1 440 min = 86 400 s.
    expectEvents('single-region-monolith.json', [
      ['instance:app', true, 90, 0, true], // 2 instances, 1 needed
      ['provider:aws', false, 7350, 86400, true],
      ['region:eu-west-1', false, 7350, 86400, true],
      ['zone:zone-a', false, 7350, 86400, true],
      // One database copy: waiting for it (managed MTTR 1 h = 3 600 s) beats restoring elsewhere (7 350 s); data intact.
      ['databasePrimary:db', false, 3600, 0, true],
      ['corruption:db', false, 3600, 86400, true],
    ]);
  });

  it('multi-az-three-tier: warm standby; targets RTO 900 s, RPO 60 s', () => {
    // Zone a (unsurvived: the cache is there): the standby copy in zone b and the fleets in b and c are the warm standby,
    // 300 s scale-out + 150 s DNS = 450 s; RPO = the asynchronous lag, none drawn (the standby is synchronous) = 0.
    // The region and the provider hold everything: no recovery site, so restore from backups: 1 h provision
    // + 100 GB ÷ 200 GB/h + 150 s DNS = 5 550 s, RPO = PITR 300 s.
    expectEvents('multi-az-three-tier.json', [
      ['instance:app-a', true, 90, 0, true],
      ['instance:app-b', true, 90, 0, true],
      ['instance:app-c', true, 90, 0, true],
      ['provider:aws', false, 5550, 300, false],
      ['region:us-east-1', false, 5550, 300, false],
      ['zone:zone-a', false, 450, 0, true],
      ['zone:zone-b', true, 90, 0, true],
      ['zone:zone-c', true, 90, 0, true],
      ['databasePrimary:db', true, 90, 0, true],
      ['corruption:db', false, 1800, 300, false], // 100 GB ÷ 200 GB/h = 0.5 h = 1 800 s > 900 s; PITR 300 s > 60 s
    ]);
  });

  it('active-active-majority-in-one-region (the two-region template before the DR family, now a fixture): active-active; targets RTO 120 s, RPO 5 s', () => {
    // Region us (unsurvived): Europe keeps a copy and a fleet, so only the DNS switch, 150 s > 120 s; distributed SQL
    // commits by majority: RPO 0. The provider holds both regions: no recovery site, so restore from backups:
    // 1 h provision + 500 GB ÷ 200 GB/h + 150 s = 12 750 s, RPO = PITR 300 s.
    const fixture = 'active-active-majority-in-one-region.json';
    expectEvents(fixture, [
      ['instance:api-us', true, 90, 0, true], // 4 instances, 2 needed
      ['instance:api-eu', true, 90, 0, true],
      ['provider:aws', false, 12750, 300, false],
      ['region:us', false, 150, 0, false], // two of the three copies: the majority is gone
      // api-us runs in us-a only: LB US has no healthy target left and answers 503, so DNS moves users to LB EU (150 s; the simulator agrees); the first copy's promotion takes 90 s.
      ['zone:us-a', true, 150, 0, false],
      ['zone:us-b', true, 0, 0, true], // only a follower copy: nothing to detect
      ['region:eu', true, 150, 0, false], // DNS stops answering with LB EU: 150 s
      ['zone:eu-a', true, 150, 0, false], // api-eu runs in eu-a only: likewise
      ['zone:eu-b', true, 0, 0, true], // empty zone
      ['databasePrimary:db', true, 90, 0, true],
      ['corruption:db', false, 9000, 300, false], // 500 GB ÷ 200 GB/h = 2.5 h = 9 000 s; PITR 300 s
    ], loadFixture(fixture));
  });
});

/**
 * The DR family shares users, load, data (100 GB, PITR, 200 GB/h) and targets (RTO 1 h, RPO 5 min). Each is
 * told apart by the loss of us-east-1: pilot light starts its servers (20 min) and switches DNS (150 s);
 * warm standby switches DNS onto one running instance that cannot carry the 500 req/s (8 × 1 000 ÷ 20 ms
 * = 400 req/s) and scales out (300 s); active/active only switches DNS. The provider holds everything: no
 * recovery site, so 1 h provision + 100 GB ÷ 200 GB/h (1 800 s) + 150 s = 5 550 s, RPO = PITR 300 s.
 * Corruption: restore 1 800 s, PITR 300 s. The async copy in us-west-2 lags 1 s.
 */
describe('recovery of the DR family, by hand', () => {
  const provider: Row = ['provider:aws', false, 5550, 300, false];
  const corruption: Row = ['corruption:db', false, 1800, 300, true];
  const eastInstances: Row[] = [
    ['instance:api-east-a', true, 90, 0, true], // 2 instances, 1 needed: LB us-east-1 routes around it
    ['instance:api-east-b', true, 90, 0, true],
  ];
  // Zone east-a holds the primary: the LB routes around its fleet (90 s) and the async copy is promoted (90 s), losing the lag.
  const eastZones: Row[] = [
    ['zone:east-a', true, 90, 1, true],
    ['zone:east-b', true, 90, 0, true],
  ];

  it('pilot-light: us-east-1 is not survived; its copy in us-west-2 recovers it in 1 200 + 150 = 1 350 s, losing the 1 s lag', () => {
    expectEvents('pilot-light.json', [
      ...eastInstances,
      provider,
      ['region:east', false, 1350, 1, true],
      ...eastZones,
      ['region:west', true, 0, 0, true], // only the idle copy: nothing to detect
      ['zone:west-a', true, 0, 0, true],
      ['databasePrimary:db', true, 90, 1, true],
      corruption,
    ]);
  });

  it('warm-standby: us-east-1 is survived, but its standby serves again only after scaling out: 150 + 300 = 450 s', () => {
    expectEvents('warm-standby.json', [
      ...eastInstances,
      ['instance:api-west-a', true, 0, 0, true], // the standby carries nothing until a failover
      provider,
      ['region:east', true, 450, 1, true],
      ...eastZones,
      ['region:west', true, 0, 0, true],
      ['zone:west-a', true, 0, 0, true],
      ['databasePrimary:db', true, 90, 1, true],
      corruption,
    ]);
    const region = evaluateRecoveryReport(loadTemplate('warm-standby.json')).byClass.region;
    expect(region?.rto).toEqual({ seconds: 450, eventId: 'region:east', causeId: 'api-west-a' });
  });

  it('two-region-active-active: either serving region is survived by a DNS switch (150 s), the majority kept by the copy in us-east-2', () => {
    expectEvents('two-region-active-active.json', [
      ...eastInstances,
      ['instance:api-west-a', true, 90, 0, true],
      ['instance:api-west-b', true, 90, 0, true],
      provider,
      ['region:east', true, 150, 0, true], // Raft commits by majority: nothing lost
      ['zone:east-a', true, 90, 0, true], // LB us-east-1 routes around api-east-a; the leader moves (90 s)
      ['zone:east-b', true, 90, 0, true],
      ['region:west', true, 150, 0, true], // DNS stops answering with LB us-west-2
      ['zone:west-a', true, 90, 0, true],
      ['zone:west-b', true, 90, 0, true],
      ['region:ohio', true, 0, 0, true], // only the tie-breaking copy
      ['zone:ohio-a', true, 0, 0, true],
      ['databasePrimary:db', true, 90, 0, true],
      corruption,
    ]);
  });
});
