import { Layers, Trash2 } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { selectElement, useMeridianStore } from '../../store';
import { InspectorHeader } from './InspectorHeader';

/** Several things selected: how many, which, and a way to delete them together. */
export function MultiSelectionInspector({ ids }: { ids: string[] }) {
  const names = useMeridianStore(
    useShallow((state) =>
      ids.map((id) => {
        const element = selectElement(state, id);
        return element && 'name' in element ? element.name : 'Edge';
      }),
    ),
  );
  const deleteSelection = useMeridianStore((state) => state.deleteSelection);
  return (
    <div className="inspector__body" data-testid="inspector.multi">
      <InspectorHeader icon={Layers} title={`${ids.length} selected`} subtitle="Drag to move them together; Ctrl+D duplicates" deletable={false} />
      <ul className="inspector__list">
        {names.map((name, index) => (
          <li key={ids[index]}>{name}</li>
        ))}
      </ul>
      <button type="button" className="button button--danger" onClick={deleteSelection} data-testid="inspector.delete">
        <Trash2 size={14} /> Delete {ids.length} items
      </button>
    </div>
  );
}
