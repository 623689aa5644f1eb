import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { paletteKindOf } from './palette/paletteDrag';
import { placeFromPalette } from './placeFromPalette';

/**
 * Drop handlers that add a palette item where it is dropped. Anything else (files above all) is
 * left alone: no preventDefault, no stopPropagation, so the window-level file drop still sees it.
 */
export function useCanvasDrop() {
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (paletteKindOf(event.dataTransfer, { readData: false }) === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = paletteKindOf(event.dataTransfer, { readData: true });
      if (kind === null || kind === 'pending') return;
      event.preventDefault();
      placeFromPalette(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [screenToFlowPosition],
  );

  return { onDragOver, onDrop };
}
