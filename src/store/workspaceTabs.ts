import type { Scenario } from '../model';

/** One tab of the workspace; its document lives in the store, keyed by this id. */
export interface WorkspaceTab {
  id: string;
}

/** A tab's undo and redo stacks while another tab is active. */
export interface ScenarioHistory {
  past: Scenario[];
  future: Scenario[];
}

/** `tab-N` with N one more than any tab id in use (closed tabs included, so undoing a close never clashes). */
export function nextTabId(tabs: readonly WorkspaceTab[]): string {
  const numbers = tabs.map((tab) => Number(/^tab-(\d+)$/.exec(tab.id)?.[1] ?? 0));
  return `tab-${Math.max(0, ...numbers) + 1}`;
}

/**
 * A copy of `document` to edit as a variant: "Shop (variant 2)" where that name is free among
 * `takenNames`, with an id of its own so that exports of the two do not overwrite each other.
 */
export function variantOf(document: Scenario, takenNames: readonly string[]): Scenario {
  const stem = document.name.replace(/ \(variant \d+\)$/, '');
  const taken = new Set(takenNames);
  let n = 2;
  while (taken.has(`${stem} (variant ${n})`)) n += 1;
  const idStem = document.id.replace(/-v\d+$/, '').slice(0, 56);
  return { ...document, id: `${idStem}-v${n}`, name: `${stem} (variant ${n})`.slice(0, 120) };
}
