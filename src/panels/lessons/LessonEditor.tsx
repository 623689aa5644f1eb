import { CircleCheck, FolderOpen, Link2, Play, Save, TriangleAlert } from 'lucide-react';
import { useDeferredValue, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { formatIssue, maxLessonBytes, parseLesson } from '../../model';
import { pushFileNotice } from '../../store/persistenceNotices';
import { shareDocument } from '../share/shareDocument';
import { useLessonSession } from './useLessonSession';

const shownIssues = 8;

/**
 * A lesson as JSON, validated as it is typed (the same `parseLesson` as links and files, with its
 * path-named errors); saved to this browser's lessons, tried out, shared, or opened from a file.
 */
export function LessonEditor({ initialText, onDone }: { initialText: string; onDone: () => void }) {
  const [text, setText] = useState(initialText);
  const deferred = useDeferredValue(text);
  const parsed = useMemo(() => parseLesson(deferred), [deferred]);
  const fileInput = useRef<HTMLInputElement>(null);

  const keep = () => {
    // The text itself, not the deferred parse: what is saved is exactly what is on screen.
    const kept = useLessonSession.getState().keepCustomLesson(text);
    if (kept.ok) pushFileNotice({ tone: 'success', title: `Saved "${kept.lesson.title}" to the lessons in this browser` });
    else pushFileNotice({ tone: 'error', title: 'The lesson was not saved', details: kept.issues.map(formatIssue) });
    return kept;
  };
  const tryIt = () => {
    const kept = keep();
    if (!kept.ok) return;
    useLessonSession.getState().start(kept.lesson);
    onDone();
  };
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file && file.size <= maxLessonBytes) setText(await file.text());
    else if (file) pushFileNotice({ tone: 'error', title: `${file.name} is larger than a lesson may be (${maxLessonBytes / 1024 / 1024} MB)` });
  };

  return (
    <div className="lesson-editor" data-testid="lessons.editor">
      <p className="lesson-editor__help">
        Write the lesson as JSON: steps with Markdown text, a starting <code>scenario</code> (or <code>changes</code> to the student's design), a <code>goal</code> on report figures, <code>hints</code> and a reference <code>solution</code>.
      </p>
      {parsed.ok ? (
        <p className="lesson-editor__verdict is-ok" role="status" data-testid="lessons.editor.status">
          <CircleCheck size={14} aria-hidden /> Valid: "{parsed.lesson.title}", {parsed.lesson.steps.length} step{parsed.lesson.steps.length === 1 ? '' : 's'}
        </p>
      ) : (
        <div className="lesson-editor__verdict is-error" role="status" data-testid="lessons.editor.status">
          <TriangleAlert size={14} aria-hidden /> Not valid yet:
          <ul data-testid="lessons.editor.issues">
            {parsed.issues.slice(0, shownIssues).map((issue, index) => <li key={index}>{formatIssue(issue)}</li>)}
          </ul>
          {parsed.issues.length > shownIssues && <p>and {parsed.issues.length - shownIssues} more</p>}
        </div>
      )}
      <textarea className="text-input lesson-editor__text" value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} aria-label="Lesson JSON" aria-invalid={!parsed.ok} data-testid="lessons.editor.text" />
      <div className="lesson-step__actions">
        <button type="button" className="button" onClick={tryIt} disabled={!parsed.ok} data-testid="lessons.editor.try">
          <Play size={14} aria-hidden /> Save and try
        </button>
        <button type="button" className="button button--ghost" onClick={() => void keep()} disabled={!parsed.ok} data-testid="lessons.editor.save">
          <Save size={14} aria-hidden /> Save
        </button>
        <button type="button" className="button button--ghost" onClick={() => parsed.ok && void shareDocument('lesson', parsed.lesson, parsed.lesson.title)} disabled={!parsed.ok} data-testid="lessons.editor.share">
          <Link2 size={14} aria-hidden /> Share
        </button>
        <button type="button" className="button button--ghost" onClick={() => fileInput.current?.click()} data-testid="lessons.editor.open">
          <FolderOpen size={14} aria-hidden /> Open file
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(event) => void openFile(event)} data-testid="lessons.editor.file" />
      </div>
    </div>
  );
}
