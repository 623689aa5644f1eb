import type { Scenario } from '../model';

/** What a command did: the next scenario (and what to select), or why it refused. */
export type CommandResult = { ok: true; scenario: Scenario; selection?: string[] } | { ok: false; reason: string };

/** A user action as the toolbar, menus and keyboard see it. */
export interface ActionEntry {
  id: string;
  label: string;
  /** Keyboard shortcuts, first one shown in menus; `Mod` is Ctrl, or ⌘ on a Mac. */
  shortcuts?: readonly string[];
  /** Whether performing it adds an entry to the undo history. */
  recordsUndo: boolean;
}

/** An action that changes the scenario through a pure function. */
export interface Command<Args> extends ActionEntry {
  perform: (scenario: Scenario, args: Args) => CommandResult;
}

export function defineCommand<Args>(command: Command<Args>): Command<Args> {
  return command;
}

export const succeed = (scenario: Scenario, selection?: string[]): CommandResult =>
  selection ? { ok: true, scenario, selection } : { ok: true, scenario };

export const refuse = (reason: string): CommandResult => ({ ok: false, reason });
