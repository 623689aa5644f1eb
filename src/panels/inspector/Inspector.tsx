import { useMeridianStore } from '../../store';
import { ElementInspector } from './ElementInspector';
import { MultiSelectionInspector } from './MultiSelectionInspector';
import { ScenarioInspector } from './ScenarioInspector';
import './inspector.css';

/** The right column's editor: the selection, or the scenario itself when nothing is selected. */
export function Inspector() {
  const selection = useMeridianStore((state) => state.selection);
  const [only] = selection;
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      {selection.length === 0 ? <ScenarioInspector /> : selection.length === 1 && only ? <ElementInspector key={only} id={only} /> : <MultiSelectionInspector ids={selection} />}
    </aside>
  );
}
