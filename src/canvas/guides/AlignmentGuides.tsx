import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { AlignmentGuide } from './snapDrag';

/** The alignment guides of the drag in progress, drawn in canvas coordinates over the design. */
export const AlignmentGuides = memo(function AlignmentGuides({ guides }: { guides: readonly AlignmentGuide[] }) {
  if (guides.length === 0) return null;
  return (
    <ViewportPortal>
      {guides.map((guide) => (
        <div
          key={`${guide.axis}:${guide.at}`}
          className={`alignment-guide alignment-guide--${guide.axis}`}
          data-testid={`canvas.guide.${guide.axis}`}
          style={guide.axis === 'x' ? { left: guide.at, top: guide.from, height: guide.to - guide.from } : { top: guide.at, left: guide.from, width: guide.to - guide.from }}
        />
      ))}
    </ViewportPortal>
  );
});
