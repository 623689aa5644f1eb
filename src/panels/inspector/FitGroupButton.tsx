import { Shrink } from 'lucide-react';
import { fitGroupCommand } from '../../commands';
import { useMeridianStore } from '../../store';

/** Shrinks a group's frame around what it holds (frames grow on their own, but never shrink unasked). */
export function FitGroupButton({ id }: { id: string }) {
  const fit = () => {
    const { dispatch, showNotice } = useMeridianStore.getState();
    const result = dispatch(fitGroupCommand, { id });
    if (!result.ok) showNotice('info', result.reason);
  };
  return (
    <button type="button" className="button button--ghost inspector__action" onClick={fit} title="Shrink the frame to fit what it holds" data-testid="inspector.fit-group">
      <Shrink size={14} aria-hidden /> Fit frame to contents
    </button>
  );
}
