import { LoaderCircle } from 'lucide-react';
import { useMeridianStore } from '../../store';
import { useHeldFor } from './useHeldFor';

/**
 * How long an update runs before "updating" shows. Most edits are answered sooner, and then nothing
 * here changes: the turning icon is a layer of its own, and adding or removing one makes the browser
 * work out the layers of the whole page again, every card of a large canvas included (~50–140 ms at
 * 1 000 components, twice per edit), and the animation asked for a frame every 16 ms meanwhile.
 */
const showAfterMs = 300;

/** "updating" beside the results' title while the worker computes a newer revision than the one shown. */
export function ResultsUpdating() {
  const updating = useMeridianStore((state) => state.results.status === 'computing' && state.results.report !== null);
  const shown = useHeldFor(updating, showAfterMs);
  return (
    <span className={`results__status${shown ? ' is-visible' : ''}`} data-testid="results.updating" aria-live="polite">
      {shown && (
        <>
          {/* The wrapper turns, not the SVG: an HTML element's rotation runs on the compositor, an SVG's needed the main thread every frame while the worker computed. */}
          <span className="results__spin results__spin--box" aria-hidden>
            <LoaderCircle size={12} />
          </span>{' '}
          updating
        </>
      )}
    </span>
  );
}
