import type { ActionEntry } from './command';
import { addClientCommand } from './addClient';
import { addComponentCommand } from './addComponent';
import { addGroupCommand } from './addGroup';
import { connectCommand } from './connect';
import { deleteElementsCommand } from './deleteElements';
import { dropNodesCommand } from './dropNodes';
import { duplicateElementsCommand } from './duplicateElements';
import { moveNodesCommand } from './moveNodes';
import { pasteCommand } from './paste';
import { reparentCommand } from './reparent';
import { resizeGroupCommand } from './resizeGroup';
import { updateElementCommand } from './updateElement';
import { updateScenarioCommand } from './updateScenario';

/** Actions that act on the editor rather than the document: they never enter the undo history. */
export const undoAction: ActionEntry = { id: 'undo', label: 'Undo', shortcuts: ['Mod+Z'], recordsUndo: false };
export const redoAction: ActionEntry = { id: 'redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], recordsUndo: false };
export const copyAction: ActionEntry = { id: 'copy', label: 'Copy', shortcuts: ['Mod+C'], recordsUndo: false };
export const presenterAction: ActionEntry = { id: 'presenter', label: 'Presenter mode', shortcuts: ['Shift+P'], recordsUndo: false };

/** Every user action, for menus, tooltips and the shortcut help. */
export const actionRegistry: readonly ActionEntry[] = [
  addComponentCommand,
  addGroupCommand,
  addClientCommand,
  connectCommand,
  moveNodesCommand,
  dropNodesCommand,
  resizeGroupCommand,
  reparentCommand,
  updateElementCommand,
  updateScenarioCommand,
  deleteElementsCommand,
  duplicateElementsCommand,
  copyAction,
  pasteCommand,
  undoAction,
  redoAction,
  presenterAction,
];
