import { MousePointer2 } from 'lucide-react';
import { useMeridianStore } from '../store';

/** An empty canvas says how to start instead of showing nothing. */
export function CanvasEmptyHint() {
  const empty = useMeridianStore(({ scenario }) => scenario.components.length + scenario.groups.length + scenario.clients.length === 0);
  if (!empty) return null;
  return (
    <div className="canvas-empty" data-testid="canvas.empty">
      <MousePointer2 size={20} aria-hidden />
      <p>Drag users, regions and components from the palette to start a design.</p>
    </div>
  );
}
