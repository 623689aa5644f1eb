import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { writeClassFollow } from '../../classroom';
import { useMeridianStore } from '../../store';
import type { ClassView } from './useClassView';
import { useClassroom } from './useClassroom';

/**
 * "Follow my view": while the teacher asks for it, the teacher's viewport goes to the class document
 * as the teacher pans and zooms, and every student who has not opted out shows the same viewport.
 */
export function useFollowSync(view: ClassView | null): void {
  const { setViewport } = useReactFlow();
  const optOut = useClassroom((state) => state.followOptOut);
  const follow = view?.state?.follow ?? null;
  const role = view?.current.role ?? null;
  const session = view?.current.session ?? null;
  const lessonTabActive = useMeridianStore((state) => state.activeTabId);

  useEffect(() => {
    if (role !== 'student' || follow === null || optOut) return;
    // After the canvas frames a newly opened design (next frame), so the teacher's view wins.
    const frame = requestAnimationFrame(() => void setViewport(follow, { duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [role, follow, optOut, setViewport, lessonTabActive]);

  const following = follow !== null;
  useEffect(() => {
    if (role !== 'teacher' || !following || !session) return;
    return useMeridianStore.subscribe((state, previous) => {
      if (state.viewport && state.viewport !== previous.viewport) writeClassFollow(session.classDoc, state.viewport);
    });
  }, [role, following, session]);
}
