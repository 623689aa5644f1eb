import { lacksLayout, tidyLayout, tidyUpCommand } from '../../commands';
import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';
import { layOutOffThread } from './layOutOffThread';

/**
 * Tidies the open design with ELK, as one undo step, then frames it. If the design changed while
 * ELK worked, the layout is dropped: applying it would quietly undo that edit's positions.
 */
export async function tidyUpDesign(): Promise<void> {
  const before = useMeridianStore.getState().scenario;
  try {
    const layout = await tidyLayout(before, layOutOffThread);
    const { scenario, dispatch, requestView } = useMeridianStore.getState();
    if (scenario !== before) return;
    dispatch(tidyUpCommand, { layout });
    requestView('fit');
  } catch (error) {
    useMeridianStore.getState().showNotice('info', `The layout could not be tidied: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A document that arrived without a layout (import, link) laid out with ELK; one that has a layout as it is. */
export async function laidOutIfNeeded(scenario: Scenario): Promise<Scenario> {
  return lacksLayout(scenario) ? { ...scenario, layout: await tidyLayout(scenario, layOutOffThread) } : scenario;
}
