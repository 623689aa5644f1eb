import { create } from 'zustand';
import { createChaosSlice, type ChaosSlice } from './slices/createChaosSlice';
import { createCompareSlice, type CompareSlice } from './slices/createCompareSlice';
import { createPrintSlice, type PrintSlice } from './slices/createPrintSlice';
import { createEditorSlice, type EditorSlice } from './slices/createEditorSlice';
import { createResultsSlice, type ResultsSlice } from './slices/createResultsSlice';
import { createScenarioSlice, type ScenarioSlice } from './slices/createScenarioSlice';
import { createUiSlice, type UiSlice } from './slices/createUiSlice';
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/createWorkspaceSlice';

export type MeridianState = ScenarioSlice & UiSlice & EditorSlice & ResultsSlice & WorkspaceSlice & CompareSlice & ChaosSlice & PrintSlice;

/** The app's one store; actions are callable outside React via `useMeridianStore.getState()`. */
export const useMeridianStore = create<MeridianState>()((...args) => ({
  ...createScenarioSlice(...args),
  ...createUiSlice(...args),
  ...createEditorSlice(...args),
  ...createResultsSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createCompareSlice(...args),
  ...createChaosSlice(...args),
  ...createPrintSlice(...args),
}));

export { historyLimit } from './slices/createScenarioSlice';
export { maxCompared, type ClosedTab } from './slices/createWorkspaceSlice';
export type { ScenarioHistory, WorkspaceTab } from './workspaceTabs';
export type { Comparison, SweepCurve, SweepRun } from './slices/createCompareSlice';
export type { PrintReport } from './slices/createPrintSlice';
export { atBaselineWorkload, evaluatedDocument } from './evaluatedDocument';
export { chaosInjections, type ChaosFailure, type ChaosRun, type ResultsTab } from './slices/createChaosSlice';
export { selectChaosState } from './chaosSelectors';
export { useChaosState } from './useChaosState';
export type { MainView, Notice, PanelName, RegionPickerRequest, ViewRequestKind, Viewport } from './slices/createUiSlice';
export { selectClient, selectComponent, selectEdge, selectElement, selectGroup } from './selectors';
export { useClient, useComponent, useEdge, useGroup } from './useElement';
export { useNameOf } from './useNameOf';
export type { Results, ResultsStatus } from './slices/createResultsSlice';
export type { ElementBadge, P99Share, SpofMark } from './resultBadges';
export type { ExplainTarget } from './explainTarget';
export { selectEdgeTrafficRps, selectEdgeTransferUsd, selectElementBadge, selectElementIssue, selectPopulationP99Ms } from './resultSelectors';
export { useEdgeTrafficRps, useEdgeTransferUsd, useElementBadge, useElementIssue, usePopulationP99Ms, useResults } from './useResults';
