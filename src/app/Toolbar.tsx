import { useReactFlow } from '@xyflow/react';
import { Maximize, Redo2, Undo2 } from 'lucide-react';
import { fitViewOptions } from '../canvas';
import { FileMenu } from '../panels';
import { redoAction, undoAction } from '../commands';
import { useMeridianStore } from '../store';
import { MeridianMark } from './MeridianMark';

const shortcutHint = (label: string, shortcuts: readonly string[] | undefined) => `${label} (${(shortcuts ?? []).join(' or ').replaceAll('Mod', 'Ctrl')})`;

/** The top bar: name, history, view, and the file menu. */
export function Toolbar() {
  const name = useMeridianStore((state) => state.scenario.name);
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
      <h1 className="toolbar__scenario" title={name} data-testid="toolbar.scenario-name">
        {name}
      </h1>
      <div className="toolbar__spacer" />
      <div className="toolbar__group" role="group" aria-label="History">
        <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} title={shortcutHint(undoAction.label, undoAction.shortcuts)} aria-label="Undo" data-testid="toolbar.undo">
          <Undo2 size={17} />
        </button>
        <button type="button" className="icon-button" onClick={redo} disabled={!canRedo} title={shortcutHint(redoAction.label, redoAction.shortcuts)} aria-label="Redo" data-testid="toolbar.redo">
          <Redo2 size={17} />
        </button>
      </div>
      <button type="button" className="button button--ghost" onClick={() => fitView({ ...fitViewOptions, duration: 300 })} title="Zoom to fit" data-testid="toolbar.fit">
        <Maximize size={15} /> Fit
      </button>
      <div className="toolbar__files" data-testid="toolbar.files">
        <FileMenu />
      </div>
    </header>
  );
}
