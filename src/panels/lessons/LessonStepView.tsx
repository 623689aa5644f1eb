import { ArrowLeft, ArrowRight, Check, RotateCcw, Wand2 } from 'lucide-react';
import type { Lesson, LessonStep } from '../../model';
import { useMeridianStore } from '../../store';
import { GoalChecklist } from './GoalChecklist';
import { LessonHints } from './LessonHints';
import { LessonMarkdown } from './LessonMarkdown';
import { useLessonSession } from './useLessonSession';
import { useStepGoal } from './useStepGoal';

/** One step of the active lesson: its text, its live goal, hints, and the way on. */
export function LessonStepView({ lesson }: { lesson: Lesson }) {
  const progress = useLessonSession((state) => state.progress[lesson.id]);
  const tabId = useLessonSession((state) => state.tabId);
  const { goToStep, restartStep, showSolution } = useLessonSession.getState();
  const index = Math.max(0, Math.min(progress?.stepIndex ?? 0, lesson.steps.length - 1));
  // A lesson has at least one step (schema), and the index is clamped into range.
  const step = lesson.steps[index] as LessonStep;
  const { result, onLessonTab, updating } = useStepGoal(step);
  const completed = new Set(progress?.completedStepIds ?? []);
  const last = index === lesson.steps.length - 1;

  return (
    <div className="lesson-step" data-testid="lessons.step" data-step={step.id}>
      <ol className="lesson-step__dots" aria-label="Steps">
        {lesson.steps.map((s, i) => (
          <li key={s.id} className={`${i === index ? 'is-current' : ''}${completed.has(s.id) ? ' is-done' : ''}`} aria-current={i === index ? 'step' : undefined} title={s.title}>
            {completed.has(s.id) ? <Check size={11} aria-label="done" /> : i + 1}
          </li>
        ))}
      </ol>
      <p className="lesson-step__count">Step {index + 1} of {lesson.steps.length}</p>
      <h3 className="lesson-step__title" data-testid="lessons.step.title">{step.title}</h3>
      <LessonMarkdown text={step.text} />
      {onLessonTab ? (
        <GoalChecklist result={result} updating={updating} />
      ) : (
        <p className="lesson-step__elsewhere" role="status">
          Another tab is open.{' '}
          <button type="button" className="lesson-link" onClick={() => (tabId && useMeridianStore.getState().tabs.some((t) => t.id === tabId) ? useMeridianStore.getState().switchTab(tabId) : restartStep())} data-testid="lessons.back-to-design">
            Back to the lesson's design
          </button>
        </p>
      )}
      <LessonHints key={step.id} hints={step.hints} />
      <div className="lesson-step__actions">
        <button type="button" className="button button--ghost" onClick={restartStep} title="Start this step again from the lesson's design" data-testid="lessons.restart">
          <RotateCcw size={14} aria-hidden /> Restart step
        </button>
        {step.solution && (
          <button type="button" className="button button--ghost" onClick={showSolution} title="Apply the reference solution (undo brings your design back)" data-testid="lessons.solution">
            <Wand2 size={14} aria-hidden /> Show solution
          </button>
        )}
      </div>
      <nav className="lesson-step__nav" aria-label="Lesson steps">
        <button type="button" className="button" onClick={() => goToStep(index - 1)} disabled={index === 0} data-testid="lessons.previous">
          <ArrowLeft size={15} aria-hidden /> Previous
        </button>
        {!last && (
          <button type="button" className={`button lesson-step__next${result?.passed ? ' is-ready' : ''}`} onClick={() => goToStep(index + 1)} data-testid="lessons.next">
            Next <ArrowRight size={15} aria-hidden />
          </button>
        )}
        {last && result?.passed && <span className="lesson-step__finished" data-testid="lessons.finished">Lesson complete</span>}
      </nav>
    </div>
  );
}
