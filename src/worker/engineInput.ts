import type { Scenario } from '../model';

const noLayout: Scenario['layout'] = { nodes: {} };

/** The part of the document the engine reads: everything but the layout, which is UI only. */
export function engineInputOf(scenario: Scenario): Scenario {
  return scenario.layout === noLayout ? scenario : { ...scenario, layout: noLayout };
}

/**
 * Whether two documents give the engine the same input: every part but the layout is the very same
 * object. Commands keep the parts they do not touch, so a move or a resize (layout only) is caught
 * here and needs no recompute; a part rebuilt with equal content merely costs one evaluation.
 */
export function sameEngineInput(before: Scenario, after: Scenario): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Scenario)[]);
  for (const key of keys) {
    if (key !== 'layout' && before[key] !== after[key]) return false;
  }
  return true;
}
