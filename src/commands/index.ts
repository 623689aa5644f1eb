export { defineCommand, type ActionEntry, type Command, type CommandResult } from './command';
export {
  actionRegistry,
  copyAction,
  fitViewAction,
  nudgeAction,
  nudgeFurtherAction,
  presenterAction,
  redoAction,
  selectAllAction,
  undoAction,
  zoomInAction,
  zoomOutAction,
} from './registry';
export { addComponent, addComponentCommand, type AddComponentArgs } from './addComponent';
export { addGroup, addGroupCommand, nextZoneName, type AddGroupArgs } from './addGroup';
export { addClient, addClientCommand, type AddClientArgs } from './addClient';
export { connect, connectCommand, type ConnectArgs } from './connect';
export { moveNodes, moveNodesCommand, type MoveNodesArgs } from './moveNodes';
export { dropNodes, dropNodesCommand, type DropNodesArgs } from './dropNodes';
export { resizeGroup, resizeGroupCommand, type ResizeGroupArgs } from './resizeGroup';
export { fitGroup, fitGroupCommand, type FitGroupArgs } from './fitGroup';
export { tidyUp, tidyUpCommand, type TidyUpArgs } from './tidyUp';
export { lacksLayout, tidyLayout, type RunElk } from './layout/tidyLayout';
export { reparent, reparentCommand, type ReparentArgs } from './reparent';
export { updateElement, updateElementCommand, type ElementPatch, type UpdateElementArgs } from './updateElement';
export { updateScenario, updateScenarioCommand, type ScenarioPatch, type UpdateScenarioArgs } from './updateScenario';
export { deleteElements, deleteElementsCommand, type DeleteElementsArgs } from './deleteElements';
export { duplicateElements, duplicateElementsCommand, type DuplicateElementsArgs } from './duplicateElements';
export { paste, pasteCommand, type PasteArgs } from './paste';
export { copyFragment, type Fragment } from './fragment';
export { collectIds } from './ids';
export { collectDescendants, findElement, parentIdOf, type ElementRef, type ElementType } from './elements';
export { indexById } from './indexById';
export { elementIssues, scopedIssues } from './validateElement';
export { guardCallAmplification } from './guardCallAmplification';
export { componentKindLabels, groupKindLabels, providerLabels } from './labels';
export { placementProblem } from './placement';
export { withDatabaseModel, withReplicaGroups } from './databaseReplicas';
export { absolutePosition, findDropTarget, nodeSize, type Placeable, type Point } from './layout/geometry';
export { placeableOf } from './layout/placeableOf';
export { autoLayout } from './layout/autoLayout';
export { layoutViolations } from './layout/layoutViolations';
export { cardSize, defaultGroupSizes, gridSize, groupSize, type Size } from './layout/nodeSizes';
