import { indexById } from '../commands';
import type { ClientPopulation, Component, Edge, Group } from '../model';
import type { MeridianState } from './index';

// Commands replace a list only when one of its elements changes, and keep unchanged elements as they
// were, so each node's selector returns the same object until that very element changes — and only
// that node re-renders.
export const selectComponent = (state: MeridianState, id: string): Component | undefined => indexById(state.scenario.components).get(id);
export const selectGroup = (state: MeridianState, id: string): Group | undefined => indexById(state.scenario.groups).get(id);
export const selectClient = (state: MeridianState, id: string): ClientPopulation | undefined => indexById(state.scenario.clients).get(id);
export const selectEdge = (state: MeridianState, id: string): Edge | undefined => indexById(state.scenario.edges).get(id);

/** Whichever element has this id (the element object itself, stable while it is unchanged). */
export const selectElement = (state: MeridianState, id: string): Component | Group | ClientPopulation | Edge | undefined =>
  selectComponent(state, id) ?? selectGroup(state, id) ?? selectClient(state, id) ?? selectEdge(state, id);
