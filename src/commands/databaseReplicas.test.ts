import { describe, expect, it } from 'vitest';
import { createComponent } from '../model';
import { withDatabaseModel, withReplicaGroups } from './databaseReplicas';

const database = () => ({ ...createComponent('database', 'db', 'DB', 'zone-a'), model: 'primaryReplica' as const, replicaGroupIds: ['zone-b'] });

describe('database replica helpers', () => {
  it('fits a leaderless quorum to the copies', () => {
    const leaderless = withDatabaseModel(database(), 'leaderless');
    expect(leaderless.quorum).toEqual({ n: 2, r: 1, w: 1 });
    expect(withReplicaGroups({ ...leaderless, quorum: { n: 2, r: 2, w: 2 } }, []).quorum).toEqual({ n: 1, r: 1, w: 1 });
  });

  it('drops replicas when switching to a single database', () => {
    expect(withDatabaseModel(database(), 'single').replicaGroupIds).toEqual([]);
    expect(withDatabaseModel(database(), 'distributedSql').replicaGroupIds).toEqual(['zone-b']);
  });
});
