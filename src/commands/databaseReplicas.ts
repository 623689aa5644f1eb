import type { DatabaseComponent } from '../model';

/** A database with these replica groups, its leaderless quorum fitted to the copies (n = copies, r and w ≤ n). */
export function withReplicaGroups(database: DatabaseComponent, replicaGroupIds: string[]): DatabaseComponent {
  if (database.model !== 'leaderless') return { ...database, replicaGroupIds };
  const n = replicaGroupIds.length + 1;
  return { ...database, replicaGroupIds, quorum: { n, r: Math.min(database.quorum.r, n), w: Math.min(database.quorum.w, n) } };
}

/** A database switched to another model, with what that model requires: no replicas for single, a fitted quorum for leaderless. */
export function withDatabaseModel(database: DatabaseComponent, model: DatabaseComponent['model']): DatabaseComponent {
  const switched = { ...database, model };
  return model === 'single' ? { ...switched, replicaGroupIds: [] } : withReplicaGroups(switched, database.replicaGroupIds);
}

/** A database whose replica groups are rewritten (`mapGroup` returns the new id, or null to drop the copy). */
export function remapReplicaGroups(database: DatabaseComponent, mapGroup: (groupId: string) => string | null): DatabaseComponent {
  const replicaGroupIds = database.replicaGroupIds.flatMap((groupId) => {
    const mapped = mapGroup(groupId);
    return mapped === null ? [] : [mapped];
  });
  const unchanged = replicaGroupIds.length === database.replicaGroupIds.length && replicaGroupIds.every((id, i) => id === database.replicaGroupIds[i]);
  return unchanged ? database : withReplicaGroups(database, replicaGroupIds);
}
