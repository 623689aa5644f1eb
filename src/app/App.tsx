import { ReactFlowProvider } from '@xyflow/react';
import { Canvas, Palette } from '../canvas';
import { CompareView, FilesLayer, Inspector, LessonsPanel, ResultsPanel, ShareLayer } from '../panels';
import { useMeridianStore } from '../store';
import { useKeyboardShortcuts } from './shortcuts/useKeyboardShortcuts';
import { Toolbar } from './Toolbar';
import './presenter.css';

function Editor() {
  useKeyboardShortcuts();
  const resultsWide = useMeridianStore((state) => state.resultsExpanded);
  const comparing = useMeridianStore((state) => state.mainView === 'compare');
  const presenting = useMeridianStore((state) => state.presenting);
  if (comparing) {
    return (
      <div className="app app--compare">
        <Toolbar />
        <CompareView />
        <FilesLayer />
        <ShareLayer />
      </div>
    );
  }
  return (
    <div className={`app${resultsWide ? ' app--results-wide' : ''}${presenting ? ' app--presenting' : ''}`} data-testid="app" data-presenting={presenting}>
      <Toolbar />
      <Palette />
      <main className="app__canvas">
        <Canvas />
      </main>
      <div className="app__side">
        <LessonsPanel />
        <Inspector />
        <ResultsPanel />
      </div>
      <FilesLayer />
      <ShareLayer />
    </div>
  );
}

/** The editor (toolbar, palette, canvas, inspector and results), or the compare view in its place. */
export function App() {
  return (
    <ReactFlowProvider>
      <Editor />
    </ReactFlowProvider>
  );
}
