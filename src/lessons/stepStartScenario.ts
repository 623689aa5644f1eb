import { applyScenarioChanges, type Lesson, type LessonStep, type ParseResult, type Scenario } from '../model';

/**
 * The scenario a step starts from: its own scenario, or its changes applied to `current` (the
 * design the student has when they reach the step). Changes to nothing are refused, never guessed.
 */
export function stepStartScenario(step: LessonStep, current: Scenario | null): ParseResult {
  if ('scenario' in step.start) return { ok: true, scenario: step.start.scenario, migratedFrom: null };
  if (!current) return { ok: false, issues: [{ path: 'start.changes', message: 'change a design, but there is none open: start the lesson from its first step' }] };
  return applyScenarioChanges(current, step.start.changes);
}

/**
 * The clean start of step `index`, as the author meant it: from the nearest earlier step that starts
 * from a scenario, each step's reference solution then the next step's changes. "Restart this step"
 * uses it, so a student who went astray gets the same design the lesson's tests check.
 */
export function referenceStepStart(lesson: Lesson, index: number): ParseResult {
  if (index < 0 || index >= lesson.steps.length) return { ok: false, issues: [{ path: 'steps', message: `has no step ${index + 1}` }] };
  let current: Scenario | null = null;
  for (let i = 0; ; i += 1) {
    const step = lesson.steps[i] as LessonStep;
    const start = stepStartScenario(step, current);
    if (!start.ok || i === index) return start;
    const end = applyScenarioChanges(start.scenario, step.solution ?? []);
    if (!end.ok) return end;
    current = end.scenario;
  }
}
