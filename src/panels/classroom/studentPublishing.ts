import { checkGoal } from '../../lessons';
import { goalStatusOf, readClassState, writeGoalStatus, writeStudentProfile, type StudentClass } from '../../classroom';
import { useMeridianStore } from '../../store';
import { lessonDocument } from '../lessons/lessonDesign';
import { useLessonSession } from '../lessons/useLessonSession';
import { openClassLesson, shownStepIndex } from './classLesson';

/** The design is sent at most this often while the student edits: the roster's thumbnail need not follow every keystroke. */
const designDelayMs = 400;

/**
 * Runs the student's side of a class: follows the class's lesson and its step changes (a student who
 * went back stays there until the teacher moves the class again), and shares the student's name,
 * step, design and goal status, the goal checked by the student's own engine. Returns the stop.
 */
export function startStudentPublishing(session: StudentClass): () => void {
  let appliedClassStep: number | null = null;
  const followClass = () => {
    const reading = readClassState(session.classDoc);
    if (!reading.ok) return;
    const { lesson, stepIndex } = reading.state;
    openClassLesson(lesson);
    if (stepIndex !== appliedClassStep) {
      appliedClassStep = stepIndex;
      if (shownStepIndex(lesson) !== stepIndex) useLessonSession.getState().goToStep(stepIndex);
    }
  };

  let designTimer: ReturnType<typeof setTimeout> | null = null;
  const publishProfile = () => {
    designTimer = null;
    const reading = readClassState(session.classDoc);
    const stepIndex = reading.ok ? shownStepIndex(reading.state.lesson) : 0;
    writeStudentProfile(session.ownDoc, { name: session.name, stepIndex, design: lessonDocument(useLessonSession.getState().tabId) });
  };
  const publishGoal = () => {
    const reading = readClassState(session.classDoc);
    const { results, activeTabId } = useMeridianStore.getState();
    if (!reading.ok || results.status !== 'ready' || !results.report || activeTabId !== useLessonSession.getState().tabId) return;
    const step = reading.state.lesson.steps[shownStepIndex(reading.state.lesson)];
    if (step) writeGoalStatus(session.ownDoc, step.id, goalStatusOf(checkGoal(step.goal, results.report)));
  };
  const onChange = () => {
    publishGoal();
    if (designTimer === null) designTimer = setTimeout(publishProfile, designDelayMs);
  };

  followClass();
  publishProfile();
  const stops = [
    session.subscribe(followClass),
    useMeridianStore.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario || state.results !== previous.results || state.activeTabId !== previous.activeTabId) onChange();
    }),
    useLessonSession.subscribe(onChange),
  ];
  return () => {
    stops.forEach((stop) => stop());
    if (designTimer !== null) clearTimeout(designTimer);
  };
}
