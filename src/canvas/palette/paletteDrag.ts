import { isPaletteKind, paletteMimeType, type PaletteKind } from './paletteItems';

/** The part of a drag event's data this module looks at (a DataTransfer, or a stand-in in tests). */
export interface DragData {
  types: readonly string[];
  getData: (type: string) => string;
}

/**
 * The palette kind a drag carries, or null when it is not a palette drag. A drag that carries
 * files (from the desktop) is never ours, even if it somehow carries our type too: the window-level
 * file drop handles it, so the canvas must neither accept nor swallow it.
 */
export function paletteKindOf(data: DragData, { readData }: { readData: boolean }): PaletteKind | 'pending' | null {
  if (data.types.includes('Files') || !data.types.includes(paletteMimeType)) return null;
  // Browsers hide drag data until the drop; during dragover only the types are known.
  if (!readData) return 'pending';
  const kind = data.getData(paletteMimeType);
  return isPaletteKind(kind) ? kind : null;
}
