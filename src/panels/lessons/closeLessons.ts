import { useMeridianStore } from '../../store';
import { useLessonSession } from './useLessonSession';

/** Closes the lesson and its panel: what to do when a lesson's text cannot be shown, so a reload does not reopen it. */
export function closeLessons() {
  useLessonSession.getState().close();
  if (useMeridianStore.getState().panels.lessons) useMeridianStore.getState().togglePanel('lessons');
}
