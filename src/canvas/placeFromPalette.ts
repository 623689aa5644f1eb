import {
  absolutePosition,
  addClientCommand,
  addComponentCommand,
  addGroupCommand,
  cardSize,
  defaultGroupSizes,
  findDropTarget,
  gridSize,
  nodeSize,
  placementProblem,
  type Placeable,
  type Point,
  type Size,
} from '../commands';
import { useMeridianStore } from '../store';
import type { PaletteKind } from './palette/paletteItems';

const snap = (value: number) => Math.round(value / gridSize) * gridSize;
/** Room a group's header takes at its top, so nothing new lands on its title. */
const headerHeight = gridSize * 2;

/** Keeps a new node of `size` inside its group when it fits, rather than spilling over the group's edge. */
function clampInto(position: Point, size: Size, parent: Size): Point {
  const clamp = (value: number, min: number, max: number) => (max < min ? min : Math.min(Math.max(value, min), max));
  return {
    x: clamp(position.x, gridSize, parent.width - size.width - gridSize),
    y: clamp(position.y, headerHeight, parent.height - size.height - gridSize),
  };
}

const placeableOfKind = (kind: PaletteKind): Placeable =>
  kind === 'users' ? 'client' : kind === 'provider' || kind === 'region' || kind === 'zone' ? kind : 'component';

/**
 * Adds what a palette item stands for, centred on `point` (canvas coordinates), inside the
 * innermost group there that may hold it. A region first asks which catalog region it is.
 */
export function placeFromPalette(kind: PaletteKind, point: Point): void {
  const { scenario, dispatch, showNotice, openRegionPicker } = useMeridianStore.getState();
  const what = placeableOfKind(kind);
  const size = what === 'component' || what === 'client' ? cardSize : defaultGroupSizes[what];
  const parentId = findDropTarget(scenario, point, what);
  const problem = placementProblem(scenario, what, parentId);
  if (problem) {
    showNotice('info', problem);
    return;
  }
  const parentOrigin = absolutePosition(scenario, parentId);
  const centred = { x: snap(point.x - size.width / 2 - parentOrigin.x), y: snap(point.y - size.height / 2 - parentOrigin.y) };
  const position = parentId === null ? centred : clampInto(centred, size, nodeSize(scenario, parentId));
  if (kind === 'region') {
    openRegionPicker({ parentId, position });
    return;
  }
  const result =
    kind === 'users'
      ? dispatch(addClientCommand, { position })
      : kind === 'provider' || kind === 'zone'
        ? dispatch(addGroupCommand, { kind, parentId, position })
        : dispatch(addComponentCommand, { kind, groupId: parentId, position });
  if (!result.ok) showNotice('info', result.reason);
}
