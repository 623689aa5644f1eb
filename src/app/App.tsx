import type { ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas, Palette } from '../canvas';
import { ClassOverlayOnDemand, ClassroomOnDemand, closeLessons, CompareView, FilesLayer, Inspector, LessonsPanel, PanelBoundary, PrintReportLayer, ResultsPanel, ShareLayer, TogetherDialog, TogetherInvitation } from '../panels';
import { useMeridianStore } from '../store';
import { useKeyboardShortcuts } from './shortcuts/useKeyboardShortcuts';
import { Toolbar } from './Toolbar';
import './presenter.css';

const store = useMeridianStore.getState;
const clearSelection = () => store().setSelection([]);
const leaveCompare = () => store().setMainView('editor');
const closePrintReport = () => store().closePrintReport();
const collapse = (panel: 'palette' | 'results') => () => {
  if (store().panels[panel]) store().togglePanel(panel);
};

/** The toolbar, the file, share and print dialogs: the same in the editor and the compare view. */
function Chrome({ children }: { children: ReactNode }) {
  return (
    <>
      <PanelBoundary name="toolbar" testId="toolbar">
        <Toolbar />
      </PanelBoundary>
      {children}
      <PanelBoundary name="files" testId="files">
        <FilesLayer />
      </PanelBoundary>
      <PanelBoundary name="share" testId="share">
        <ShareLayer />
      </PanelBoundary>
      <PanelBoundary name="Class" testId="classroom">
        <ClassroomOnDemand />
      </PanelBoundary>
      <PanelBoundary name="Report" testId="print" onClose={closePrintReport}>
        <PrintReportLayer />
      </PanelBoundary>
      <PanelBoundary name="Design together" testId="together">
        <TogetherDialog />
        <TogetherInvitation />
      </PanelBoundary>
    </>
  );
}

function Editor() {
  useKeyboardShortcuts();
  const resultsWide = useMeridianStore((state) => state.resultsExpanded);
  const comparing = useMeridianStore((state) => state.mainView === 'compare');
  const presenting = useMeridianStore((state) => state.presenting);
  if (comparing) {
    return (
      <div className="app app--compare">
        <Chrome>
          <PanelBoundary name="Compare" testId="compare" onClose={leaveCompare}>
            <CompareView />
          </PanelBoundary>
        </Chrome>
      </div>
    );
  }
  return (
    <div className={`app${resultsWide ? ' app--results-wide' : ''}${presenting ? ' app--presenting' : ''}`} data-testid="app" data-presenting={presenting}>
      <Chrome>
        <PanelBoundary name="palette" testId="palette" onClose={collapse('palette')}>
          <Palette />
        </PanelBoundary>
        <main className="app__canvas">
          <PanelBoundary name="canvas" testId="canvas">
            <Canvas />
          </PanelBoundary>
          <PanelBoundary name="Class" testId="class.overlay">
            <ClassOverlayOnDemand />
          </PanelBoundary>
        </main>
        <div className="app__side">
          <PanelBoundary name="Lessons" testId="lessons" onClose={closeLessons}>
            <LessonsPanel />
          </PanelBoundary>
          <PanelBoundary name="Inspector" testId="inspector" onClose={clearSelection}>
            <Inspector />
          </PanelBoundary>
          <PanelBoundary name="Results" testId="results" onClose={collapse('results')}>
            <ResultsPanel />
          </PanelBoundary>
        </div>
      </Chrome>
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
