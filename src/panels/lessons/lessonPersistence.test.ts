import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useMeridianStore } from '../../store';
import type { LessonStorage, SavedLessons } from '../../store/lessonStorage';
import { startLessonPersistence } from './lessonPersistence';
import { useLessonSession } from './useLessonSession';

function memoryStorage(initial: unknown): LessonStorage & { writes: SavedLessons[] } {
  const writes: SavedLessons[] = [];
  return { writes, read: () => Promise.resolve(initial), write: (saved) => (writes.push(saved), Promise.resolve()) };
}

beforeEach(() => {
  useMeridianStore.setState(useMeridianStore.getInitialState(), true);
  useLessonSession.setState(useLessonSession.getInitialState(), true);
});

describe('startLessonPersistence', () => {
  it('restores progress, reopens the panel on the active lesson, and saves each change', async () => {
    const storage = memoryStorage({ activeLessonId: 'cost', tabId: null, progress: { cost: { stepIndex: 1, completedStepIds: ['right-size'] } }, customLessons: {} });
    await startLessonPersistence(storage);
    expect(useLessonSession.getState().progress.cost).toEqual({ stepIndex: 1, completedStepIds: ['right-size'] });
    expect(useMeridianStore.getState().panels.lessons).toBe(true);

    useLessonSession.getState().markCompleted('transfer');
    expect(storage.writes.at(-1)?.progress.cost?.completedStepIds).toEqual(['right-size', 'transfer']);
  });

  it('starts with no progress when storage cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await startLessonPersistence({ read: () => Promise.reject(new Error('blocked')), write: () => Promise.resolve() });
    expect(useLessonSession.getState().progress).toEqual({});
    expect(useMeridianStore.getState().panels.lessons).toBe(false);
    expect(warn).toHaveBeenCalledWith('Meridian: lesson progress could not be read', expect.any(Error));
    warn.mockRestore();
  });
});
