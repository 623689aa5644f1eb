import type { Component, Scenario } from '../../model';

/**
 * Component fields that only the performance half reads (queueing and latency): availability,
 * recovery and the reliability tradeoff row never look at them.
 */
const performanceOnlyFields: ReadonlySet<string> = new Set(['serviceTimeMs', 'serviceTimeCv', 'concurrency']);

function differsInPerformanceOnly(a: Component, b: Component): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!performanceOnlyFields.has(key) && (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/**
 * Whether the availability and recovery sections of `a` hold for `b` unchanged: the same clients,
 * groups, edges, recovery settings and month (the very objects, as unedited parts of an immutable
 * document are), the same read fraction, and components that are the same objects or differ only in
 * performance-only fields (service time and its cv, concurrency). O(components); conservative:
 * anything not proven equal counts as changed.
 */
export function sameReliabilityInputs(a: Scenario, b: Scenario): boolean {
  if (a.clients !== b.clients || a.groups !== b.groups || a.edges !== b.edges || a.recovery !== b.recovery || a.settings !== b.settings) return false;
  if (a.workload.readFraction !== b.workload.readFraction || a.components.length !== b.components.length) return false;
  for (let i = 0; i < a.components.length; i += 1) {
    const x = a.components[i] as Component;
    const y = b.components[i] as Component;
    if (x !== y && !differsInPerformanceOnly(x, y)) return false;
  }
  return true;
}
