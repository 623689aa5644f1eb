import { useReactFlow } from '@xyflow/react';
import { Columns3, Keyboard, LayoutTemplate, Maximize, Redo2, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { fitViewOptions } from '../canvas';
import { FileMenu, openShortcutsDialog, PanelBoundary, ScenarioTabs, ShortcutsDialog, TemplateGallery, TogetherButton, WorkshopButtons } from '../panels';
import { redoAction, undoAction } from '../commands';
import { useMeridianStore } from '../store';
import { MeridianMark } from './MeridianMark';
import { ThemeToggle } from './theme/ThemeToggle';

const shortcutHint = (label: string, shortcuts: readonly string[] | undefined) => `${label} (${(shortcuts ?? []).join(' or ').replaceAll('Mod', 'Ctrl')})`;

/** The top bar: scenario tabs, templates, compare, history, view, and the file menu. */
export function Toolbar() {
  const comparing = useMeridianStore((state) => state.mainView === 'compare');
  const toggleCompare = useMeridianStore((state) => state.toggleCompareView);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const canUndo = useMeridianStore((state) => state.past.length > 0);
  const canRedo = useMeridianStore((state) => state.future.length > 0);
  const undo = useMeridianStore((state) => state.undo);
  const redo = useMeridianStore((state) => state.redo);
  const { fitView } = useReactFlow();

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__brand">
        <MeridianMark />
        <span className="toolbar__app">Meridian</span>
      </div>
      <span className="toolbar__divider" aria-hidden />
      <ScenarioTabs />
      <div className="toolbar__spacer" />
      <button type="button" className="button button--ghost" onClick={() => setGalleryOpen(true)} aria-label="Templates" title="Templates" data-testid="toolbar.templates">
        <LayoutTemplate size={15} aria-hidden /> <span className="toolbar-primary-label">Templates</span>
      </button>
      <button type="button" className={`button ${comparing ? 'button--primary' : 'button--ghost'}`} onClick={toggleCompare} aria-pressed={comparing} aria-label="Compare" title="Compare" data-testid="toolbar.compare">
        <Columns3 size={15} aria-hidden /> <span className="toolbar-primary-label">Compare</span>
      </button>
      <WorkshopButtons />
      <TogetherButton />
      {galleryOpen && (
        <PanelBoundary name="Templates" testId="templates" onClose={() => setGalleryOpen(false)}>
          <TemplateGallery onClose={() => setGalleryOpen(false)} />
        </PanelBoundary>
      )}
      <div className="toolbar__group" role="group" aria-label="History">
        <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} title={shortcutHint(undoAction.label, undoAction.shortcuts)} aria-label="Undo" data-testid="toolbar.undo">
          <Undo2 size={17} />
        </button>
        <button type="button" className="icon-button" onClick={redo} disabled={!canRedo} title={shortcutHint(redoAction.label, redoAction.shortcuts)} aria-label="Redo" data-testid="toolbar.redo">
          <Redo2 size={17} />
        </button>
      </div>
      <button type="button" className="button button--ghost" onClick={() => fitView({ ...fitViewOptions, duration: 300 })} title="Zoom to fit" aria-label="Zoom to fit" data-testid="toolbar.fit">
        <Maximize size={15} /> <span className="toolbar-label">Fit</span>
      </button>
      <div className="toolbar__group" role="group" aria-label="Help and appearance">
        <button type="button" className="icon-button" onClick={openShortcutsDialog} aria-label="Keyboard shortcuts (?)" title="Keyboard shortcuts (?)" data-testid="toolbar.shortcuts">
          <Keyboard size={17} aria-hidden="true" />
        </button>
        <ThemeToggle />
      </div>
      <ShortcutsDialog />
      <div className="toolbar__files" data-testid="toolbar.files">
        <FileMenu />
      </div>
    </header>
  );
}
