import { create } from 'zustand';
import { createEditorSlice, type EditorSlice } from './slices/createEditorSlice';
import { createResultsSlice, type ResultsSlice } from './slices/createResultsSlice';
import { createScenarioSlice, type ScenarioSlice } from './slices/createScenarioSlice';
import { createUiSlice, type UiSlice } from './slices/createUiSlice';

export type MeridianState = ScenarioSlice & UiSlice & EditorSlice & ResultsSlice;

/** The app's one store; actions are callable outside React via `useMeridianStore.getState()`. */
export const useMeridianStore = create<MeridianState>()((...args) => ({
  ...createScenarioSlice(...args),
  ...createUiSlice(...args),
  ...createEditorSlice(...args),
  ...createResultsSlice(...args),
}));

export { historyLimit } from './slices/createScenarioSlice';
export type { Notice, PanelName, RegionPickerRequest, Viewport } from './slices/createUiSlice';
export { selectClient, selectComponent, selectEdge, selectElement, selectGroup } from './selectors';
export { useClient, useComponent, useEdge, useGroup } from './useElement';
export type { Results, ResultsStatus } from './slices/createResultsSlice';
export type { ElementBadge } from './resultBadges';
export { selectEdgeTrafficRps, selectElementBadge, selectPopulationP99Ms } from './resultSelectors';
export { useEdgeTrafficRps, useElementBadge, usePopulationP99Ms, useResults } from './useResults';
