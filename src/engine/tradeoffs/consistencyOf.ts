import type { Component } from '../../model';

/**
 * The consistency a data store gives and what a network partition does to it (SPEC §2.7):
 * CP stores refuse writes (or reads) they cannot order; AP stores keep answering, possibly stale.
 * Leaderless quorums are strongly consistent only when R + W > N (read and write sets overlap;
 * Gifford 1979, Dynamo 2007).
 */
export function consistencyOf(component: Component): string | null {
  switch (component.kind) {
    case 'database':
      switch (component.model) {
        case 'single':
          return 'strong, one copy — CP: unavailable when cut off';
        case 'primaryReplica':
          return component.replication === 'sync'
            ? `${component.consistency}, synchronous standby — CP: writes stop without the primary`
            : `${component.consistency}, asynchronous replicas — writes CP, replica reads AP (stale by the lag)`;
        case 'distributedSql':
          return `${component.consistency}, Raft majority — CP: the minority side refuses writes`;
        case 'leaderless': {
          const { n, r, w } = component.quorum;
          return r + w > n ? `quorum R ${r} + W ${w} > N ${n} — strong while quorums hold; AP with sloppy quorums` : `eventual (R ${r} + W ${w} ≤ N ${n}) — AP: serves stale reads`;
        }
      }
      return null;
    case 'cache':
      return 'eventual — AP: serves what it holds';
    case 'objectStorage':
      return 'strong read-after-write (S3 since 2020) — regional';
    case 'queue':
      return component.type === 'fifo' ? 'ordered, exactly-once processing window' : 'at-least-once, unordered';
    default:
      return null;
  }
}

/**
 * Whether a data store may answer a read with data older than the last acknowledged write: a cache
 * (it holds what it was given), a database declared `bounded` or `eventual`, an asynchronous replica
 * set (replica reads lag), or a leaderless store whose read and write quorums need not overlap (R + W ≤ N).
 */
export function servesStaleReads(component: Component): boolean {
  if (component.kind === 'cache') return true;
  if (component.kind !== 'database') return false;
  if (component.consistency !== 'strong') return true;
  if (component.model === 'primaryReplica') return component.replication === 'async';
  if (component.model === 'leaderless') return component.quorum.r + component.quorum.w <= component.quorum.n;
  return false;
}
