import type { ActionEntry } from './command';
import { addClientCommand } from './addClient';
import { addComponentCommand } from './addComponent';
import { addGroupCommand } from './addGroup';
import { connectCommand } from './connect';
import { deleteElementsCommand } from './deleteElements';
import { dropNodesCommand } from './dropNodes';
import { duplicateElementsCommand } from './duplicateElements';
import { fitGroupCommand } from './fitGroup';
import { tidyUpCommand } from './tidyUp';
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
export const selectAllAction: ActionEntry = { id: 'selectAll', label: 'Select every node', shortcuts: ['Mod+A'], recordsUndo: false };
export const zoomInAction: ActionEntry = { id: 'zoomIn', label: 'Zoom in', shortcuts: ['Plus', '='], recordsUndo: false };
export const zoomOutAction: ActionEntry = { id: 'zoomOut', label: 'Zoom out', shortcuts: ['-'], recordsUndo: false };
export const fitViewAction: ActionEntry = { id: 'fitView', label: 'Zoom to fit the design', shortcuts: ['Shift+F'], recordsUndo: false };
/** Arrow keys move the selection one grid step; with Shift, five (each press one undo step, as in drawing tools). */
export const nudgeAction: ActionEntry = { id: 'nudge', label: 'Nudge the selection', shortcuts: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], recordsUndo: true };
export const nudgeFurtherAction: ActionEntry = {
  id: 'nudgeFurther',
  label: 'Nudge the selection further',
  shortcuts: ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowUp', 'Shift+ArrowDown'],
  recordsUndo: true,
};

/** Every user action, for menus, tooltips and the shortcut help. */
export const actionRegistry: readonly ActionEntry[] = [
  addComponentCommand,
  addGroupCommand,
  addClientCommand,
  connectCommand,
  moveNodesCommand,
  dropNodesCommand,
  resizeGroupCommand,
  fitGroupCommand,
  tidyUpCommand,
  reparentCommand,
  updateElementCommand,
  updateScenarioCommand,
  deleteElementsCommand,
  duplicateElementsCommand,
  copyAction,
  pasteCommand,
  undoAction,
  redoAction,
  selectAllAction,
  nudgeAction,
  nudgeFurtherAction,
  zoomInAction,
  zoomOutAction,
  fitViewAction,
  presenterAction,
];
