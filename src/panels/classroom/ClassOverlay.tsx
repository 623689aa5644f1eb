import { StudentBar } from './StudentBar';
import { TeacherPanel } from './TeacherPanel';
import { useClassView } from './useClassView';

/** The class over the canvas: the teacher's panel (join code, steps, roster) or the student's bar. */
export function ClassOverlay() {
  const view = useClassView();
  if (view?.current.role === 'teacher') return <TeacherPanel view={view} session={view.current.session} />;
  if (view?.current.role === 'student') return <StudentBar view={view} session={view.current.session} />;
  return null;
}
