import { useMemo } from 'react';
import { readClassState, rosterOf, type ClassState, type RosterRow } from '../../classroom';
import type { RoomStatus } from '../../collab';
import { useClassroom, type ClassSession } from './useClassroom';

export interface ClassView {
  current: ClassSession;
  state: ClassState | null;
  /** Why the class cannot be shown yet (not started, or a lesson that does not open). */
  problem: string | null;
  roster: RosterRow[];
  status: RoomStatus;
  /** Why the relay refused this browser (shown as is), or null. */
  refusal: string | null;
  /** The session change this view was read at. */
  revision: number;
}

/** The class as this browser sees it now: its state, roster (teacher) and connection, re-read on every change the session reports. */
export function useClassView(): ClassView | null {
  const current = useClassroom((state) => state.current);
  const revision = useClassroom((state) => state.revision);
  return useMemo(() => {
    if (!current) return null;
    const reading = readClassState(current.session.classDoc);
    const state = reading.ok ? reading.state : null;
    const roster = state && current.role === 'teacher' ? rosterOf(state.lesson, current.session.students) : [];
    const connection = current.role === 'teacher' ? current.session.connection : current.session.ownConnection;
    const { status, refusal } = connection.state();
    return { current, state, problem: reading.ok ? null : reading.problem, roster, status, refusal, revision };
  }, [current, revision]);
}
