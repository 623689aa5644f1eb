import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import { createLessonStorage, emptySavedLessons, readSavedLessons } from './lessonStorage';

describe('lesson storage', () => {
  it('writes and reads back the saved lessons', async () => {
    const storage = createLessonStorage(createStore('lessons-test', 'lessons'));
    const saved = { activeLessonId: 'cost', tabId: 'tab-2', progress: { cost: { stepIndex: 1, completedStepIds: ['right-size'], tabId: 'tab-2' } }, customLessons: { mine: { lessonVersion: 1 } } };
    await storage.write(saved);
    expect(readSavedLessons(await storage.read())).toEqual(saved);
  });

  it('drops what it cannot read instead of failing', () => {
    expect(readSavedLessons(undefined)).toEqual(emptySavedLessons);
    expect(readSavedLessons({ activeLessonId: 7, progress: { a: { stepIndex: -1 }, b: { stepIndex: 2, completedStepIds: ['x', 3] } } })).toEqual({
      activeLessonId: null,
      tabId: null,
      progress: { b: { stepIndex: 2, completedStepIds: ['x'] } },
      customLessons: {},
    });
  });
});
