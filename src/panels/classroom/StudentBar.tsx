import { Check, Eye, LogOut, Send, Users } from 'lucide-react';
import { useState } from 'react';
import { writeSubmission, type StudentClass } from '../../classroom';
import { formatClassCode } from '../../collab';
import { lessonDocument } from '../lessons/lessonDesign';
import { useLessonSession } from '../lessons/useLessonSession';
import { ClassStatus } from './ClassStatus';
import type { ClassView } from './useClassView';
import { useClassroom } from './useClassroom';

/** The student's class bar over the canvas: class, step, connection, submit; and the banner while following the teacher's view. */
export function StudentBar({ view, session }: { view: ClassView; session: StudentClass }) {
  const optOut = useClassroom((state) => state.followOptOut);
  const lessonTab = useLessonSession((state) => state.tabId);
  const progress = useLessonSession((state) => state.progress);
  const [submittedStep, setSubmittedStep] = useState<string | null>(null);
  const { state } = view;
  const stepIndex = state ? (progress[state.lesson.id]?.stepIndex ?? 0) : 0;
  const step = state?.lesson.steps[stepIndex];
  const submit = () => {
    const design = lessonDocument(lessonTab);
    if (!step || !design) return;
    writeSubmission(session.ownDoc, step.id, design, Date.now());
    setSubmittedStep(step.id);
  };
  return (
    <div className="class-student" data-testid="class.student">
      <div className="class-student__bar">
        <Users size={15} aria-hidden />
        <span className="class-student__class">
          Class {formatClassCode(session.code)} · <span data-testid="class.student.name">{session.name}</span>
        </span>
        {state ? (
          <span className="class-student__step" data-testid="class.student.step">
            Step {stepIndex + 1} of {state.lesson.steps.length}
            {stepIndex !== state.stepIndex && ` (the class is on step ${state.stepIndex + 1})`}
          </span>
        ) : (
          <span className="class-student__step">{view.problem}</span>
        )}
        <ClassStatus status={view.status} />
        <button type="button" className="button" disabled={!step || lessonTab === null} onClick={submit} data-testid="class.student.submit">
          {submittedStep === step?.id ? <Check size={14} aria-hidden /> : <Send size={14} aria-hidden />} {submittedStep === step?.id ? 'Submitted: submit again' : 'Submit my design'}
        </button>
        <button type="button" className="icon-button" onClick={() => void useClassroom.getState().leave()} aria-label="Leave the class" title="Leave the class (your work stays here)" data-testid="class.student.leave">
          <LogOut size={15} />
        </button>
      </div>
      {view.refusal && (
        <div className="class-student__refusal" role="alert" data-testid="class.refusal">
          {view.refusal}
        </div>
      )}
      {state?.follow && (
        <div className="class-student__follow" role="status" data-testid="class.follow.banner" data-following={!optOut}>
          <Eye size={14} aria-hidden />
          {optOut ? (
            <>
              The teacher is showing their view.
              <button type="button" className="button button--ghost" onClick={() => useClassroom.getState().setFollowOptOut(false)} data-testid="class.follow.resume">
                Follow
              </button>
            </>
          ) : (
            <>
              You are following the teacher&apos;s view.
              <button type="button" className="button button--ghost" onClick={() => useClassroom.getState().setFollowOptOut(true)} data-testid="class.follow.stop">
                Stop following
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
