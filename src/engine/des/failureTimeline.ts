import type { Scenario } from '../../model';

/**
 * One failure of the chaos timeline: `target` fails at `atSeconds` and is repaired at
 * `repairAtSeconds` (null: stays down for the rest of the run). Targets:
 * - a group id (zone, region or provider): every unit placed in that failure domain;
 * - a component id: the whole component (every instance or copy);
 * - `<componentId>/<n>`: instance n (1-based) of a fleet or cache, or copy n of a database;
 * - `<databaseId>/primary`: the database's primary copy (whichever copy is primary at `atSeconds`).
 */
export interface FailureInjection {
  target: string;
  atSeconds: number;
  repairAtSeconds: number | null;
}

/** A resolved target: what the health state marks failed. */
export type ResolvedFailureTarget =
  | { kind: 'group'; groupIndex: number }
  | { kind: 'component'; component: number }
  | { kind: 'unit'; component: number; unitIndex: number }
  | { kind: 'databasePrimary'; component: number };

/** Resolves a failure target against a scenario, or returns an error message naming the target. */
export function resolveFailureTarget(scenario: Scenario, target: string): ResolvedFailureTarget | string {
  const [id = '', unit] = target.split('/');
  const groupIndex = scenario.groups.findIndex((group) => group.id === id);
  if (groupIndex >= 0 && unit === undefined) return { kind: 'group', groupIndex };
  const component = scenario.components.findIndex((c) => c.id === id);
  const found = scenario.components[component];
  if (!found) return `unknown failure target "${target}": use a component, zone, region or provider id`;
  if (unit === undefined) return { kind: 'component', component };
  if (unit === 'primary') {
    return found.kind === 'database' ? { kind: 'databasePrimary', component } : `"${target}": only a database has a primary`;
  }
  const count = found.kind === 'compute' || found.kind === 'monolith' ? found.instances : found.kind === 'cache' ? found.nodes : found.kind === 'database' ? 1 + found.replicaGroupIds.length : 1;
  const n = Number(unit);
  if (!Number.isInteger(n) || n < 1 || n > count) return `"${target}": instance must be 1 … ${count}`;
  return { kind: 'unit', component, unitIndex: n - 1 };
}

/**
 * Parses a command-line failure, `<target>@<t>[-<t'>]` in simulated seconds (`zone-a@30-90`: zone-a
 * fails at 30 s and is repaired at 90 s). Returns an error message when malformed.
 */
export function parseFailureSpec(spec: string): FailureInjection | string {
  const at = spec.lastIndexOf('@');
  const target = spec.slice(0, at);
  const [from, to, ...extra] = spec.slice(at + 1).split('-');
  const atSeconds = Number(from);
  const repairAtSeconds = to === undefined ? null : Number(to);
  if (at <= 0 || extra.length > 0 || from === '' || !(atSeconds >= 0) || (repairAtSeconds !== null && !(repairAtSeconds > atSeconds))) {
    return `--fail must be <target>@<t>[-<t'>] with 0 ≤ t < t' in seconds, got "${spec}"`;
  }
  return { target, atSeconds, repairAtSeconds };
}
