import { useCallback, useRef } from 'react';

/**
 * Marks the canvas `is-dragging` while cards are dragged (canvas.css then lays its drag shield over
 * the canvas). Set on the element directly: a React state would re-render the canvas
 * for it at the start and the end of every drag.
 */
export function useDraggingClass() {
  const canvasRef = useRef<HTMLDivElement>(null);
  const startDragging = useCallback(() => canvasRef.current?.classList.add('is-dragging'), []);
  const stopDragging = useCallback(() => canvasRef.current?.classList.remove('is-dragging'), []);
  return { canvasRef, startDragging, stopDragging };
}
