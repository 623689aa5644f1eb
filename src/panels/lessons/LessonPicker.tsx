import { CircleCheck, Clock } from 'lucide-react';
import type { Lesson } from '../../model';
import { allLessons, useLessonSession } from './useLessonSession';

function LessonCard({ lesson }: { lesson: Lesson }) {
  const done = useLessonSession((state) => state.progress[lesson.id]?.completedStepIds.length ?? 0);
  const total = lesson.steps.length;
  return (
    <li>
      <button type="button" className="lesson-card" onClick={() => useLessonSession.getState().start(lesson)} data-testid={`lessons.pick.${lesson.id}`}>
        <span className="lesson-card__title">{lesson.title}</span>
        <span className="lesson-card__summary">{lesson.summary}</span>
        <span className="lesson-card__meta">
          <Clock size={12} aria-hidden /> {lesson.minutes} min · {total} steps
          {done > 0 && (
            <span className={`lesson-card__progress${done >= total ? ' is-done' : ''}`} data-testid={`lessons.progress.${lesson.id}`}>
              <CircleCheck size={12} aria-hidden /> {Math.min(done, total)} of {total} done
            </span>
          )}
        </span>
      </button>
    </li>
  );
}

/** Every lesson — shipped, written here, or opened from a link — with the progress made in each. */
export function LessonPicker() {
  const custom = useLessonSession((state) => state.custom);
  return (
    <ul className="lesson-picker" data-testid="lessons.picker">
      {allLessons(custom).map((lesson) => <LessonCard key={lesson.id} lesson={lesson} />)}
    </ul>
  );
}
