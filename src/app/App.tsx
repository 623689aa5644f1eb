import { ReactFlowProvider } from '@xyflow/react';
import { Canvas, Palette } from '../canvas';
import { FilesLayer, Inspector, ResultsPanel } from '../panels';
import { useKeyboardShortcuts } from './shortcuts/useKeyboardShortcuts';
import { Toolbar } from './Toolbar';

function Editor() {
  useKeyboardShortcuts();
  return (
    <div className="app">
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
