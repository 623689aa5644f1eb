import { create } from 'zustand';
import { createScenarioSlice, type ScenarioSlice } from './slices/createScenarioSlice';

export type MeridianState = ScenarioSlice;

/** The app's one store; actions are callable outside React via `useMeridianStore.getState()`. */
export const useMeridianStore = create<MeridianState>()((...args) => ({
  ...createScenarioSlice(...args),
}));
