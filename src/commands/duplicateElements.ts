import type { Scenario } from '../model';
import { defineCommand, refuse, type CommandResult } from './command';
import { copyFragment } from './fragment';
import { paste } from './paste';

export interface DuplicateElementsArgs {
  ids: string[];
}

/** Copies the selected nodes (with their contents and the edges among them) into free space beside the originals. */
export function duplicateElements(scenario: Scenario, { ids }: DuplicateElementsArgs): CommandResult {
  const fragment = copyFragment(scenario, ids);
  if (!fragment) return refuse('Select a node to duplicate.');
  return paste(scenario, { fragment });
}

export const duplicateElementsCommand = defineCommand({
  id: 'duplicateElements',
  label: 'Duplicate',
  shortcuts: ['Mod+D'],
  recordsUndo: true,
  perform: duplicateElements,
});
