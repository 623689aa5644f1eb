import type { Layout, Scenario } from '../model';
import { defineCommand, succeed, type CommandResult } from './command';
import { settleLayout } from './layout/settleLayout';

export interface TidyUpArgs {
  /** The whole design's layout, as the layout engine computed it (`tidyLayout`). */
  layout: Layout;
}

/**
 * Lays the whole design out afresh, as one undo step. The layout is computed beforehand, off the
 * main thread, because ELK is asynchronous; this command only puts it in place.
 */
export function tidyUp(scenario: Scenario, { layout }: TidyUpArgs): CommandResult {
  return succeed(settleLayout({ ...scenario, layout }, {}));
}

export const tidyUpCommand = defineCommand({ id: 'tidyUp', label: 'Tidy up the layout', shortcuts: ['Shift+L'], recordsUndo: true, perform: tidyUp });
