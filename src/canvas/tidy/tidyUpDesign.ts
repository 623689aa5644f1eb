import { autoLayout, lacksLayout, tidyLayout, tidyUpCommand } from '../../commands';
import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';
import { layOutOffThread } from './layOutOffThread';

/**
 * Above this many components ELK takes minutes in the browser (a chain of 5 000 did not come back in
 * 4 min; 2 500 take seconds), while the simple layout takes milliseconds.
 */
export const elkMaxComponents = 2500;

/** The simple layout of a design too big for ELK, with a notice that says why. */
function simpleLayoutSaid(scenario: Scenario): Scenario['layout'] {
  useMeridianStore.getState().showNotice('info', `${scenario.name} has ${scenario.components.length} components, too many to tidy with ELK in the browser (more than ${elkMaxComponents}): it is laid out in simple rows instead.`);
  return autoLayout(scenario);
}

/**
 * Tidies the open design with ELK (above `elkMaxComponents`, in the simple layout, said in a notice), as
 * one undo step, then frames it. If the design changed while ELK worked, the layout is dropped: applying
 * it would quietly undo that edit's positions.
 */
export async function tidyUpDesign(): Promise<void> {
  const before = useMeridianStore.getState().scenario;
  try {
    const layout = before.components.length > elkMaxComponents ? simpleLayoutSaid(before) : await tidyLayout(before, layOutOffThread);
    const { scenario, dispatch, requestView } = useMeridianStore.getState();
    if (scenario !== before) return;
    dispatch(tidyUpCommand, { layout });
    requestView('fit');
  } catch (error) {
    useMeridianStore.getState().showNotice('info', `The layout could not be tidied: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A document that arrived without a layout (import, link) laid out with ELK, or above `elkMaxComponents`
 * in the simple layout (said in a notice); one that has a layout as it is.
 */
export async function laidOutIfNeeded(scenario: Scenario): Promise<Scenario> {
  if (!lacksLayout(scenario)) return scenario;
  if (scenario.components.length <= elkMaxComponents) return { ...scenario, layout: await tidyLayout(scenario, layOutOffThread) };
  return { ...scenario, layout: simpleLayoutSaid(scenario) };
}
