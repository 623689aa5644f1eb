import type { DatabaseComponent } from '../../model';
import { readClass, type CompiledModel } from '../compile/compiledModel';
import { databaseReadsPerCopy, followerAcksPerWrite, readsUsePrimary, syncReplicationTargets } from '../compile/databaseCopies';
import type { Site } from '../network/site';
import type { Xoshiro128StarStar } from '../random';
import type { HealthState } from './healthState';
import type { NetworkDelays } from './networkDelays';
import type { Scheduler } from './scheduler';
import type { Done, UnitStations } from './unitStations';

/**
 * Simulated database calls, on the analytic walk's rules (`RequestWalk.databaseHop`,
 * `compile/databaseCopies.ts`): a read goes to the primary (single, or strong consistency) or to the
 * nearest copy (follower reads); a write goes to the primary, waits for the follower acknowledgements its
 * model needs (`followerAcksPerWrite`, from the followers that are up) and for every synchronous
 * replication edge; leaderless reads and writes go to all N copies and wait for the R-th or W-th
 * answer. The primary is the health state's current one: while it is down and not yet replaced
 * (failover), writes and primary reads fail. Acknowledged writes of an asynchronously replicated
 * database are remembered for `replicationLagMs`: those are lost if the primary dies (`writesAtRisk`).
 */
export class DatabaseCalls {
  private readonly recentWritesMs: number[][];

  constructor(
    private readonly model: CompiledModel,
    private readonly health: HealthState,
    private readonly stations: UnitStations,
    private readonly network: NetworkDelays,
    private readonly scheduler: Scheduler,
    private readonly rng: Xoshiro128StarStar,
  ) {
    this.recentWritesMs = model.topology.componentIds.map(() => []);
  }

  call(db: number, classIndex: number, callerSite: Site, done: Done): void {
    const component = this.model.scenario.components[db] as DatabaseComponent;
    const copies = this.model.topology.copyCount[db] as number;
    if (copies === 0) return done(true);
    if (component.model === 'leaderless') {
      const needed = classIndex === readClass ? component.quorum.r : component.quorum.w;
      return this.quorum(copies, needed, (j, d) => this.copy(db, j, callerSite, d), done);
    }
    if (classIndex === readClass) return this.read(db, component, callerSite, done);
    if (this.health.primaryAvailable[db] !== 1) return done(false);
    const primary = this.health.primaryCopy[db] as number;
    const primarySite = this.siteOf(db, primary);
    const followers: number[] = [];
    for (let j = 0; j < copies; j += 1) if (j !== primary && this.health.unitUp[(this.health.unitStart[db] as number) + j] === 1) followers.push(j);
    const acks = Math.min(followerAcksPerWrite(component, copies), followers.length);
    const replicas = syncReplicationTargets(this.model, db);
    this.copy(db, primary, callerSite, (ok) => {
      if (!ok) return done(false);
      this.quorum(followers.length, acks, (i, d) => this.copy(db, followers[i] as number, primarySite, d), (acked) => {
        if (!acked) return done(false);
        this.quorum(replicas.length, replicas.length, (i, d) => this.copy(replicas[i] as number, this.health.primaryCopy[replicas[i] as number] as number, primarySite, d), (replicated) => {
          if (replicated && component.model === 'primaryReplica' && component.replication === 'async') this.recentWritesMs[db]?.push(this.scheduler.nowMs);
          done(replicated);
        });
      });
    });
  }

  /** Acknowledged writes of `db` within its replication lag before now: lost when its primary dies. */
  writesAtRisk(db: number): number {
    const component = this.model.scenario.components[db] as DatabaseComponent;
    const recent = this.recentWritesMs[db] ?? [];
    const since = this.scheduler.nowMs - component.replicationLagMs;
    const atRisk = recent.filter((t) => t > since).length;
    recent.length = 0;
    return atRisk;
  }

  /** Forgets acknowledged writes older than every database's lag (called once per window). */
  trim(): void {
    this.recentWritesMs.forEach((recent, db) => {
      const component = this.model.scenario.components[db];
      const lagMs = component?.kind === 'database' ? component.replicationLagMs : 0;
      const keep = recent.filter((t) => t > this.scheduler.nowMs - lagMs);
      recent.length = 0;
      recent.push(...keep);
    });
  }

  private read(db: number, component: DatabaseComponent, callerSite: Site, done: Done): void {
    if (readsUsePrimary(component)) {
      if (this.health.primaryAvailable[db] !== 1) return done(false);
      return this.copy(db, this.health.primaryCopy[db] as number, callerSite, done);
    }
    const perCopy = databaseReadsPerCopy(this.model, db, callerSite);
    const start = this.health.unitStart[db] as number;
    let candidates = [...perCopy.keys()].filter((j) => (perCopy[j] as number) > 0 && this.health.unitUp[start + j] === 1);
    if (candidates.length === 0) candidates = [...perCopy.keys()].filter((j) => this.health.unitUp[start + j] === 1);
    if (candidates.length === 0) return done(false);
    this.copy(db, candidates[Math.floor(this.rng.nextOpenUnit() * candidates.length - 1e-12)] as number, callerSite, done);
  }

  /** Copy j of `db`: the network round trip from `fromSite`, then its station, if the copy is up. */
  private copy(db: number, j: number, fromSite: Site, done: Done): void {
    const unit = (this.health.unitStart[db] as number) + j;
    this.scheduler.after(this.network.rttMs(fromSite, this.siteOf(db, j)), () => {
      if (this.health.unitUp[unit] !== 1) return done(false);
      this.stations.visit(unit, db, done);
    });
  }

  /** Runs `count` operations at once and succeeds at the `needed`-th success (at once when none is needed); fails once that is out of reach. */
  private quorum(count: number, needed: number, run: (i: number, done: Done) => void, done: Done): void {
    if (needed <= 0) {
      // Asynchronous copies still apply the write (their stations carry it, as in the analytic load).
      for (let i = 0; i < count; i += 1) run(i, () => undefined);
      return done(true);
    }
    if (count < needed) return done(false);
    let succeeded = 0;
    let failed = 0;
    let settled = false;
    for (let i = 0; i < count; i += 1) {
      run(i, (ok) => {
        if (ok) succeeded += 1;
        else failed += 1;
        if (settled) return;
        if (succeeded >= needed || count - failed < needed) {
          settled = true;
          done(succeeded >= needed);
        }
      });
    }
  }

  private siteOf(db: number, j: number): Site {
    const t = this.model.topology;
    return t.copySites[(t.copyStart[db] as number) + j] as Site;
  }
}
