import { RotateCcw, X } from 'lucide-react';
import { useMeridianStore } from '../../store';

/** Says that the engine worker crashed and was restarted (or could not be), until dismissed. */
export function EngineRestartNotice() {
  const notice = useMeridianStore((state) => state.results.restartNotice);
  if (notice === null) return null;
  return (
    <div className="results__message results__message--notice" role="status" data-testid="results.restarted">
      <RotateCcw size={14} aria-hidden />
      <p>{notice}</p>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => useMeridianStore.getState().engineRestarted(null)}>
        <X size={14} />
      </button>
    </div>
  );
}
