import { useMeridianStore } from '../../store';
import { createLessonStorage, readSavedLessons, type LessonStorage } from '../../store/lessonStorage';
import { useLessonSession } from './useLessonSession';

/**
 * Restores lesson progress and kept lessons, then saves every change. Storage failures leave the
 * lessons usable for this session (a workshop must not stop because IndexedDB is blocked).
 */
export async function startLessonPersistence(storage: LessonStorage = createLessonStorage()): Promise<void> {
  try {
    const saved = readSavedLessons(await storage.read());
    useLessonSession.getState().setSaved(saved);
    // A reload in the middle of a workshop comes back to the lesson.
    if (saved.activeLessonId !== null && !useMeridianStore.getState().panels.lessons) useMeridianStore.getState().togglePanel('lessons');
  } catch (error) {
    console.warn('Meridian: lesson progress could not be read', error);
  }
  useLessonSession.subscribe(({ activeLessonId, tabId, progress, customLessons }, previous) => {
    if (activeLessonId === previous.activeLessonId && tabId === previous.tabId && progress === previous.progress && customLessons === previous.customLessons) return;
    storage.write({ activeLessonId, tabId, progress, customLessons }).catch((error: unknown) => console.warn('Meridian: lesson progress could not be saved', error));
  });
}
