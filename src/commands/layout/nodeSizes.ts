import type { GroupKind, NodeLayout } from '../../model';

export interface Size {
  width: number;
  height: number;
}

/** Canvas size of a component or client card; the node CSS draws them at exactly this size. */
export const cardSize: Size = { width: 180, height: 60 };

/** Size a new group starts with, large enough to hold a few cards. */
export const defaultGroupSizes: Record<GroupKind, Size> = {
  provider: { width: 960, height: 600 },
  region: { width: 760, height: 440 },
  zone: { width: 340, height: 300 },
};

/** Snap step of the canvas grid, pixels. */
export const gridSize = 20;

/** A group's drawn size: its layout size, or its kind's default where the layout has none. */
export function groupSize(kind: GroupKind, layout: NodeLayout | undefined): Size {
  const fallback = defaultGroupSizes[kind];
  return { width: layout?.width ?? fallback.width, height: layout?.height ?? fallback.height };
}
