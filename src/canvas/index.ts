export { Canvas } from './Canvas';
export { Palette } from './palette/Palette';
export { EdgeSample } from './edges/EdgeSample';
export { edgeAppearance } from './edges/edgeAppearance';
export { componentLooks, groupIcons, usersIcon, type NodeFamily } from './nodes/nodeIcons';
export { fitViewOptions } from './viewOptions';
export { diagramExtensions, diagramFile, scenarioSvg, type DiagramFormat } from './diagram/diagramFile';
export { tidyUpDesign, laidOutIfNeeded } from './tidy/tidyUpDesign';
