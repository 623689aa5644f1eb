import { create } from 'zustand';

/** The edge under the pointer, if any: the only edge whose label is drawn for a hover. */
const useHoveredEdgeStore = create<{ id: string | null }>(() => ({ id: null }));

/** Whether the pointer is on edge `id` (re-renders that edge only when this changes). */
export const useEdgeHovered = (id: string) => useHoveredEdgeStore((state) => state.id === id);

/** React Flow's `onEdgeMouseEnter` and `onEdgeMouseLeave`. */
export const hoverEdge = (_event: unknown, edge: { id: string }) => useHoveredEdgeStore.setState({ id: edge.id });
export const leaveEdge = (_event: unknown, edge: { id: string }) => useHoveredEdgeStore.setState((state) => (state.id === edge.id ? { id: null } : state));
