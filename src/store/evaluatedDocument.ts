import type { Scenario } from '../model';
import type { MeridianState } from './index';

const aligned = new WeakMap<Scenario, { baseline: Scenario; document: Scenario }>();

/**
 * `scenario` carrying the baseline's workload and recovery targets, to evaluate a family at one load
 * against one goal (its populations stay: they are wired to its entry points). The same object for the
 * same pair, so the compare view recognises the evaluation it asked for; the baseline itself is unchanged.
 */
export function atBaselineWorkload(scenario: Scenario, baseline: Scenario): Scenario {
  if (scenario === baseline) return scenario;
  const known = aligned.get(scenario);
  if (known?.baseline === baseline) return known.document;
  const document = { ...scenario, workload: baseline.workload, recovery: { ...scenario.recovery, targets: baseline.recovery.targets } };
  aligned.set(scenario, { baseline, document });
  return document;
}

/** A compared tab's document as the compare view evaluates it: at the baseline's workload when `compareAtBaselineWorkload` is on. */
export function evaluatedDocument(state: MeridianState, tabId: string): Scenario | null {
  const document = state.documentOf(tabId);
  if (!document) return null;
  const baseline = state.baselineTabId === null ? undefined : state.documentOf(state.baselineTabId);
  return baseline && state.compareAtBaselineWorkload ? atBaselineWorkload(document, baseline) : document;
}
