import { create } from 'zustand';
import { createEditorSlice, type EditorSlice } from './slices/createEditorSlice';
import { createScenarioSlice, type ScenarioSlice } from './slices/createScenarioSlice';
import { createUiSlice, type UiSlice } from './slices/createUiSlice';

export type MeridianState = ScenarioSlice & UiSlice & EditorSlice;

/** The app's one store; actions are callable outside React via `useMeridianStore.getState()`. */
export const useMeridianStore = create<MeridianState>()((...args) => ({
  ...createScenarioSlice(...args),
  ...createUiSlice(...args),
  ...createEditorSlice(...args),
}));

export { historyLimit } from './slices/createScenarioSlice';
export type { Notice, PanelName, RegionPickerRequest, Viewport } from './slices/createUiSlice';
export { selectClient, selectComponent, selectEdge, selectElement, selectGroup } from './selectors';
export { useClient, useComponent, useEdge, useGroup } from './useElement';
