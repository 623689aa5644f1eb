import { create } from 'zustand';

/** The edge under the pointer, if any: the only edge whose label is drawn for a hover. */
const useHoveredEdgeStore = create<{ id: string | null }>(() => ({ id: null }));

/** Whether the pointer is on edge `id` (re-renders that edge only when this changes). */
export const useEdgeHovered = (id: string) => useHoveredEdgeStore((state) => state.id === id);

/** The pointer came onto edge `id`. */
export const hoverEdge = (id: string) => useHoveredEdgeStore.setState({ id });
/** The pointer left edge `id`. */
export const leaveEdge = (id: string) => useHoveredEdgeStore.setState((state) => (state.id === id ? { id: null } : state));
