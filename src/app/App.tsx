import { ReactFlowProvider } from '@xyflow/react';
import { Canvas, Palette } from '../canvas';
import { FilesLayer, Inspector, ResultsPanel } from '../panels';
import { useMeridianStore } from '../store';
import { useKeyboardShortcuts } from './shortcuts/useKeyboardShortcuts';
import { Toolbar } from './Toolbar';

function Editor() {
  useKeyboardShortcuts();
  const resultsWide = useMeridianStore((state) => state.resultsExpanded);
  return (
    <div className={`app${resultsWide ? ' app--results-wide' : ''}`}>
      <Toolbar />
      <Palette />
      <main className="app__canvas">
        <Canvas />
      </main>
      <div className="app__side">
        <Inspector />
        <ResultsPanel />
      </div>
      <FilesLayer />
    </div>
  );
}

/** The editor: toolbar, palette, canvas, inspector and results. */
export function App() {
  return (
    <ReactFlowProvider>
      <Editor />
    </ReactFlowProvider>
  );
}
