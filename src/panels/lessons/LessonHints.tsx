import { Lightbulb } from 'lucide-react';
import { useState } from 'react';

/** Hints one at a time, so that a student asks for only as much help as they need. */
export function LessonHints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <section className="lesson-hints" aria-label="Hints">
      {shown > 0 && (
        <ol className="lesson-hints__list" data-testid="lessons.hints">
          {hints.slice(0, shown).map((hint, index) => <li key={index}>{hint}</li>)}
        </ol>
      )}
      {shown < hints.length && (
        <button type="button" className="button button--ghost" onClick={() => setShown(shown + 1)} data-testid="lessons.hint">
          <Lightbulb size={15} aria-hidden /> {shown === 0 ? 'Hint' : 'Another hint'} ({shown + 1} of {hints.length})
        </button>
      )}
    </section>
  );
}
