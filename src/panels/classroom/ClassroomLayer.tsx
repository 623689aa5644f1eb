import { useEffect } from 'react';
import { readClassState } from '../../classroom';
import { parseRoomLink } from '../../collab';
import { openClassLesson } from './classLesson';
import { ClassDialog } from './ClassDialog';
import { startStudentPublishing } from './studentPublishing';
import { useClassEntry } from './useClassEntry';
import { useClassroom, resumeClassSeat } from './useClassroom';
import { useClassView } from './useClassView';
import { useFollowSync } from './useFollowSync';
import './classroom.css';

/** Opens a class link (`#teach=`, `#join=`), clearing the fragment so a reload does not open it twice. */
function openClassLink(): boolean {
  const link = parseRoomLink(location.hash);
  if (link?.kind !== 'teach' && link?.kind !== 'join') return false;
  window.history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (link.kind === 'teach') void useClassroom.getState().teach(link.teacherSecret);
  else useClassEntry.getState().openDialog(link.code);
  return true;
}

/**
 * The class behind the scenes: opens class links or rejoins the class this browser was in, runs the
 * student's sharing and "follow my view", and holds the join / start dialog.
 */
export function ClassroomLayer() {
  const view = useClassView();
  useFollowSync(view);
  const student = view?.current.role === 'student' ? view.current.session : null;

  useEffect(() => {
    if (!openClassLink()) void resumeClassSeat();
    const onHashChange = () => void openClassLink();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => (student ? startStudentPublishing(student) : undefined), [student]);
  // The teacher's own screen (the projector) shows the class's lesson too.
  const teacher = view?.current.role === 'teacher' ? view.current.session : null;
  const teacherLessonId = teacher ? (view?.state?.lesson.id ?? null) : null;
  useEffect(() => {
    const reading = teacher && teacherLessonId ? readClassState(teacher.classDoc) : null;
    if (reading?.ok) openClassLesson(reading.state.lesson);
  }, [teacher, teacherLessonId]);

  return <ClassDialog />;
}
