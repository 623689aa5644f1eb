import { Users } from 'lucide-react';
import { useClassEntry } from './useClassEntry';

/** The toolbar's way into a class: join one or start one (hidden while in a class, whose own panel or bar shows). */
export function ClassButton() {
  const inClass = useClassEntry((state) => state.inClass);
  if (inClass) return null;
  return (
    <button type="button" className="button button--ghost workshop-toggle" onClick={() => useClassEntry.getState().openDialog()} aria-label="Class" title="Join or start a class" data-testid="toolbar.class">
      <Users size={15} aria-hidden /> <span className="toolbar-primary-label">Class</span>
    </button>
  );
}
