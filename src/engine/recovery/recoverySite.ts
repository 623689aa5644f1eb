import type { Component, Scenario } from '../../model';
import type { DomainMembership } from '../availability/domainMembership';
import { databaseCopyCount } from '../availability/scenarioGraph';

/** What a loss takes: the components a failure domain holds and the database copies it holds, or one database's primary. */
export type RecoveryLoss = { kind: 'group'; group: number } | { kind: 'databasePrimary'; database: number };

/**
 * What the design lacks for the scenario's DR strategy to recover from `loss` (SPEC §2.4,
 * docs/sources.md §4.3), in words, or null when nothing is missing. Backup & restore needs nothing in
 * the design: backups are kept apart. Pilot light needs a copy of the data that survives the loss:
 * every database the loss reaches keeps a copy elsewhere, in place (another copy) or through a
 * replication edge to a database that survives. Warm standby and active/active also need a fleet
 * running outside the loss. A strategy that names a recovery site the design does not have recovers
 * nothing: the report then restores from backups instead.
 */
export function missingRecoverySite(scenario: Scenario, membership: DomainMembership, loss: RecoveryLoss): string | null {
  const { strategy } = scenario.recovery;
  if (strategy === 'backupRestore' || strategy === 'none') return null;
  const { components } = scenario;
  const index = new Map(components.map((component, c) => [component.id, c]));
  // Copies of each database the loss takes.
  const lost = new Map<number, number>();
  if (loss.kind === 'databasePrimary') lost.set(loss.database, 1);
  else {
    for (let k = membership.groupDatabaseStart[loss.group] as number; k < (membership.groupDatabaseStart[loss.group + 1] as number); k += 1) {
      lost.set(membership.groupDatabase[k] as number, membership.groupDatabaseCopies[k] as number);
    }
  }
  const survives = (db: number) => (lost.get(db) ?? 0) < databaseCopyCount(components[db] as Extract<Component, { kind: 'database' }>);
  for (const [db, copies] of lost) {
    const database = components[db] as Extract<Component, { kind: 'database' }>;
    if (copies < databaseCopyCount(database)) continue;
    const replicated = scenario.edges.some((edge) => {
      const to = edge.kind === 'replication' && edge.from === database.id ? index.get(edge.to) : undefined;
      return to !== undefined && components[to]?.kind === 'database' && survives(to);
    });
    if (!replicated) return `a copy of ${database.name} outside what is lost`;
  }
  if (strategy === 'pilotLight' || loss.kind === 'databasePrimary') return null;
  const held = new Set(membership.groupComponents.subarray(membership.groupComponentStart[loss.group], membership.groupComponentStart[loss.group + 1]));
  const runsElsewhere = components.some((component, c) => (component.kind === 'compute' || component.kind === 'monolith') && !held.has(c));
  return runsElsewhere ? null : 'servers running outside what is lost';
}
