import type { Lesson } from '../../model';
import { useMeridianStore } from '../../store';
import { useLessonSession } from '../lessons/useLessonSession';

/** Opens the class's lesson in the lessons panel (kept like a lesson from a link when it is not a shipped one). */
export function openClassLesson(lesson: Lesson): void {
  const lessons = useLessonSession.getState();
  if (lessons.activeLessonId !== lesson.id) {
    const kept = lessons.keepCustomLesson(JSON.parse(JSON.stringify(lesson)));
    if (!kept.ok) return;
    lessons.start(kept.lesson);
  }
  if (!useMeridianStore.getState().panels.lessons) useMeridianStore.getState().togglePanel('lessons');
}

/** The step of the class's lesson this browser shows. */
export function shownStepIndex(lesson: Lesson): number {
  return useLessonSession.getState().progress[lesson.id]?.stepIndex ?? 0;
}
