import { openSharedLink, startLessonPersistence } from '../panels';
import { startPersistence, type RestoreOutcome } from '../store/persistence';

/**
 * Starts files at app start: restores the autosaved scenario, then keeps saving it. A pending save
 * is written when the page is hidden (it may never come back) and when it is closed or reloaded.
 */
export async function bootstrapFiles(): Promise<RestoreOutcome> {
  const session = await startPersistence();
  // Lessons and shared links come after the restore: what they open goes into new tabs beside the person's work.
  await startLessonPersistence();
  void openSharedLink();
  window.addEventListener('pagehide', session.saveBeforeUnload);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void session.flush();
  });
  return session.outcome;
}
