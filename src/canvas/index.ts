export { Canvas } from './Canvas';
export { Palette } from './palette/Palette';
export { EdgeSample } from './edges/EdgeSample';
export { edgeAppearance } from './edges/edgeAppearance';
export { componentLooks, groupIcons, usersIcon, type NodeFamily } from './nodes/nodeIcons';
export { fitViewOptions } from './viewOptions';
export type { DiagramFormat } from './diagram/diagramFile';
/** The drawing's exporters (SVG, PNG, draw.io, Mermaid), fetched with the first export: the first screen does not need them. */
export const loadDiagramExport = () => import('./diagram/diagramFile');
export { tidyUpDesign, laidOutIfNeeded } from './tidy/tidyUpDesign';
