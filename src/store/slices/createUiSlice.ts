import type { StateCreator } from 'zustand';
import type { Fragment, Point } from '../../commands';
import type { EdgeKind } from '../../model';
import type { MeridianState } from '../index';

/** A short message shown over the canvas (a refused connection, a refused drop). */
export interface Notice {
  kind: 'connection' | 'info';
  message: string;
  /** Increases with every notice, so the same message shown twice restarts its timer. */
  serial: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where a region is about to be added, while the catalog picker is open. */
export interface RegionPickerRequest {
  parentId: string | null;
  position: Point;
}

export type PanelName = 'palette' | 'results' | 'lessons';

/** What the main area shows: the editor (canvas, inspector, results) or the side-by-side comparison. */
export type MainView = 'editor' | 'compare';

/** View changes that keys and commands ask of the canvas. */
export type ViewRequestKind = 'fit' | 'zoomIn' | 'zoomOut';

/** Editor state that is not part of the document and never enters the undo history. */
export interface UiSlice {
  /** Ids of the selected nodes and edges. */
  selection: string[];
  setSelection: (ids: string[]) => void;
  /** Applies React Flow style select/deselect changes to the selection. */
  changeSelection: (changes: ReadonlyArray<{ id: string; selected: boolean }>) => void;
  clipboard: Fragment | null;
  newEdgeKind: EdgeKind;
  setNewEdgeKind: (kind: EdgeKind) => void;
  notice: Notice | null;
  showNotice: (kind: Notice['kind'], message: string) => void;
  dismissNotice: () => void;
  regionPicker: RegionPickerRequest | null;
  openRegionPicker: (request: RegionPickerRequest) => void;
  closeRegionPicker: () => void;
  viewport: Viewport | null;
  setViewport: (viewport: Viewport) => void;
  /** The last view change asked for from outside the canvas (a shortcut, tidy-up); numbered so a repeat is seen. */
  viewRequest: { kind: ViewRequestKind; serial: number } | null;
  requestView: (kind: ViewRequestKind) => void;
  panels: Record<PanelName, boolean>;
  togglePanel: (panel: PanelName) => void;
  /** Whether the results take a wide right column, with room for their charts side by side. */
  resultsExpanded: boolean;
  toggleResultsExpanded: () => void;
  mainView: MainView;
  setMainView: (view: MainView) => void;
  /** Presenter mode: large type, high contrast, the palette and inspector hidden (for a projector). */
  presenting: boolean;
  togglePresenting: () => void;
}

function changedSelection(current: string[], changes: ReadonlyArray<{ id: string; selected: boolean }>): string[] {
  const next = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  const same = next.size === current.length && current.every((id) => next.has(id));
  return same ? current : [...next];
}

export const createUiSlice: StateCreator<MeridianState, [], [], UiSlice> = (set) => ({
  selection: [],
  setSelection: (ids) => set({ selection: ids }),
  changeSelection: (changes) => set((state) => ({ selection: changedSelection(state.selection, changes) })),
  clipboard: null,
  newEdgeKind: 'call',
  setNewEdgeKind: (kind) => set({ newEdgeKind: kind }),
  notice: null,
  showNotice: (kind, message) => set((state) => ({ notice: { kind, message, serial: (state.notice?.serial ?? 0) + 1 } })),
  dismissNotice: () => set({ notice: null }),
  regionPicker: null,
  openRegionPicker: (request) => set({ regionPicker: request }),
  closeRegionPicker: () => set({ regionPicker: null }),
  viewport: null,
  setViewport: (viewport) => set({ viewport }),
  viewRequest: null,
  requestView: (kind) => set((state) => ({ viewRequest: { kind, serial: (state.viewRequest?.serial ?? 0) + 1 } })),
  panels: { palette: true, results: true, lessons: false },
  togglePanel: (panel) => set((state) => ({ panels: { ...state.panels, [panel]: !state.panels[panel] } })),
  resultsExpanded: false,
  toggleResultsExpanded: () => set((state) => ({ resultsExpanded: !state.resultsExpanded, panels: { ...state.panels, results: true } })),
  mainView: 'editor',
  setMainView: (view) => set({ mainView: view }),
  presenting: false,
  togglePresenting: () => set((state) => ({ presenting: !state.presenting })),
});
