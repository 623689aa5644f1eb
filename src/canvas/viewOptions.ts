import type { FitViewOptions } from '@xyflow/react';

/** How "zoom to fit" frames the design, on load and from the toolbar: clear of the panels over the canvas. */
export const fitViewOptions: FitViewOptions = { padding: { top: '64px', bottom: '56px', left: '24px', right: '24px' } };
