import type { DatabaseComponent } from '../../model';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import type { CompiledModel } from './compiledModel';

/** True when reads must go to the primary (leader): a single database, or strong consistency. */
export function readsUsePrimary(db: DatabaseComponent): boolean {
  return db.model === 'single' || (db.model !== 'leaderless' && db.consistency === 'strong');
}

/**
 * How many times each copy of database `db` serves one read from `callerSite`:
 * - single, or primaryReplica / distributedSql with strong consistency: the primary (leader), once;
 * - primaryReplica / distributedSql with bounded or eventual consistency: the nearest copy by RTT
 *   (ties split evenly) — follower reads;
 * - leaderless: every copy (the coordinator asks all N and waits for the R fastest).
 */
export function databaseReadsPerCopy(model: CompiledModel, db: number, callerSite: Site): Float64Array {
  const t = model.topology;
  const count = t.copyCount[db] ?? 0;
  const start = t.copyStart[db] ?? 0;
  const component = model.scenario.components[db];
  const perCopy = new Float64Array(count);
  if (count === 0 || component?.kind !== 'database') return perCopy;
  if (component.model === 'leaderless') return perCopy.fill(1);
  if (readsUsePrimary(component)) {
    perCopy[0] = 1;
    return perCopy;
  }
  const rtt = Array.from({ length: count }, (_, j) => siteRtt(callerSite, t.copySites[start + j] ?? callerSite).value);
  const best = Math.min(...rtt);
  const nearest = rtt.filter((value) => value <= best + 1e-9).length;
  rtt.forEach((value, j) => (perCopy[j] = value <= best + 1e-9 ? 1 / nearest : 0));
  return perCopy;
}

/**
 * Acknowledgements a write waits for from copies other than the one it is sent to:
 * single 0; primaryReplica with sync replication 1 (semi-synchronous: the first standby to confirm,
 * as RDS Multi-AZ and MySQL semi-sync do), async 0; distributedSql a Raft majority, ⌊n/2⌋ followers;
 * leaderless: the write goes to all N copies at once and waits for W (handled as an order statistic).
 */
export function followerAcksPerWrite(db: DatabaseComponent, copies: number): number {
  switch (db.model) {
    case 'single':
    case 'leaderless':
      return 0;
    case 'primaryReplica':
      return db.replication === 'sync' && copies > 1 ? 1 : 0;
    case 'distributedSql':
      return Math.floor(copies / 2);
  }
}

/**
 * The databases a write into `db` waits for besides its own copies: the targets of its synchronous
 * replication edges, in edge order (a write reaches their primary before it is acknowledged).
 */
export function syncReplicationTargets(model: CompiledModel, db: number): number[] {
  const { topology: t, parameters: p } = model;
  const targets: number[] = [];
  for (let i = t.flowOutStart[db] ?? 0; i < (t.flowOutStart[db + 1] ?? 0); i += 1) {
    const e = t.flowOutEdges[i] ?? 0;
    if (p.edgeSyncReplication[e] === 1) targets.push(t.edgeTo[e] ?? 0);
  }
  return targets;
}
