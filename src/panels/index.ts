export { Inspector } from './inspector/Inspector';
export { ResultsPanel } from './results/ResultsPanel';
export { FileMenu, FilesLayer, RestoreGate } from './files';
