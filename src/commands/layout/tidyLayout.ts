import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Layout, Scenario } from '../../model';
import { elkGraphOf, layoutFromElk } from './elkGraph';
import { settleLayout } from './settleLayout';

/** Runs ELK on a graph: off the main thread in the app (a worker), in-process in Node. */
export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

/** A fresh layout for the whole design, from ELK, settled so it holds the containment invariant. */
export async function tidyLayout(scenario: Scenario, runElk: RunElk): Promise<Layout> {
  const laidOut = await runElk(elkGraphOf(scenario));
  return settleLayout({ ...scenario, layout: layoutFromElk(scenario, laidOut) }, {}).layout;
}

/** Whether a document arrived without a place for some node (a generated file, a hand-written link). */
export function lacksLayout(scenario: Scenario): boolean {
  return [...scenario.groups, ...scenario.components, ...scenario.clients].some((element) => !scenario.layout.nodes[element.id]);
}
