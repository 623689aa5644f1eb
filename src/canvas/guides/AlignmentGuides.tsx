import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { AlignmentGuide } from './snapDrag';

/**
 * The alignment guides of the drag in progress, drawn in canvas coordinates over the design. Keyed by
 * their place in the list, not by where they lie: a guide that moves with the pointer is restyled,
 * not removed and inserted again (a layout and paint of its own) on every frame of the drag.
 */
export const AlignmentGuides = memo(function AlignmentGuides({ guides }: { guides: readonly AlignmentGuide[] }) {
  if (guides.length === 0) return null;
  return (
    <ViewportPortal>
      {guides.map((guide, index) => (
        <div
          key={index}
          className={`alignment-guide alignment-guide--${guide.axis}`}
          data-testid={`canvas.guide.${guide.axis}`}
          style={guide.axis === 'x' ? { left: guide.at, top: guide.from, height: guide.to - guide.from } : { top: guide.at, left: guide.from, width: guide.to - guide.from }}
        />
      ))}
    </ViewportPortal>
  );
});
