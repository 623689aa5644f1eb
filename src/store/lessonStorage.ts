import { createStore, get, set, type UseStore } from 'idb-keyval';

/** Where a student is in one lesson: the step shown and the steps whose goal they met. */
export interface LessonProgress {
  stepIndex: number;
  completedStepIds: string[];
  /** The workspace tab holding this lesson's design, so that coming back resumes the student's work. */
  tabId?: string;
}

/** Everything about lessons kept across reloads; lesson documents are kept as written and re-read through `parseLesson`. */
export interface SavedLessons {
  activeLessonId: string | null;
  /** The workspace tab the active lesson's design lives in. */
  tabId: string | null;
  progress: Record<string, LessonProgress>;
  /** Lessons written in the editor or opened from a link, by id. */
  customLessons: Record<string, unknown>;
}

export const emptySavedLessons: SavedLessons = { activeLessonId: null, tabId: null, progress: {}, customLessons: {} };

/** Lessons live in their own database, so they never touch the scenario autosave's records. */
export const lessonDatabase = { name: 'meridian-lessons', store: 'lessons', key: 'state' } as const;

export interface LessonStorage {
  read(): Promise<unknown>;
  write(saved: SavedLessons): Promise<void>;
}

export function createLessonStorage(store: UseStore = createStore(lessonDatabase.name, lessonDatabase.store)): LessonStorage {
  return { read: () => get<unknown>(lessonDatabase.key, store), write: (saved) => set(lessonDatabase.key, saved, store) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readProgress(value: unknown): LessonProgress | null {
  if (!isRecord(value) || typeof value.stepIndex !== 'number' || !Number.isInteger(value.stepIndex) || value.stepIndex < 0) return null;
  const completed = Array.isArray(value.completedStepIds) ? value.completedStepIds.filter((id): id is string => typeof id === 'string') : [];
  return typeof value.tabId === 'string' ? { stepIndex: value.stepIndex, completedStepIds: completed, tabId: value.tabId } : { stepIndex: value.stepIndex, completedStepIds: completed };
}

/** Cleans what was stored (an older or damaged build may have written it): anything unreadable is dropped, never thrown. */
export function readSavedLessons(value: unknown): SavedLessons {
  if (!isRecord(value)) return emptySavedLessons;
  const progress = Object.fromEntries(
    Object.entries(isRecord(value.progress) ? value.progress : {}).flatMap(([id, entry]) => {
      const read = readProgress(entry);
      return read ? [[id, read]] : [];
    }),
  );
  return {
    activeLessonId: typeof value.activeLessonId === 'string' ? value.activeLessonId : null,
    tabId: typeof value.tabId === 'string' ? value.tabId : null,
    progress,
    customLessons: isRecord(value.customLessons) ? value.customLessons : {},
  };
}
