import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { applyScenarioChanges, formatIssue, type ParseResult, type Scenario } from '../model';
import { checkGoal } from './checkGoal';
import { bundledLessons } from './bundledLessons';
import { referenceStepStart, stepStartScenario } from './stepStartScenario';
import { lessonFiles, readLesson } from './test/lessonContent';

const scenarioOf = (result: ParseResult, where: string): Scenario => {
  if (!result.ok) throw new Error(`${where}: ${result.issues.map(formatIssue).join('; ')}`);
  return result.scenario;
};

/** What each condition reads on a report, for a failure message a lesson author can act on. */
const verdicts = (scenario: Scenario, goal: Parameters<typeof checkGoal>[0]) =>
  checkGoal(goal, evaluate(scenario)).conditions.map((c) => `${c.condition.kind === 'figure' ? c.condition.figure : c.condition.event}=${c.actual}${c.passed ? ' ✓' : ' ✗'}${c.problem ? ` (${c.problem})` : ''}`);

describe('shipped lessons', () => {
  it('are at least five, covering the seed topics', () => {
    expect(lessonFiles).toEqual(expect.arrayContaining(['latency-and-geography.json', 'redundancy-and-nines.json', 'disaster-recovery.json', 'consistency-and-latency.json', 'cost.json']));
  });

  it.each(lessonFiles)('%s: every step fails on its starting design and passes on its reference solution', (file) => {
    const lesson = readLesson(file);
    let previousEnd: Scenario | null = null;
    for (const step of lesson.steps) {
      const where = `${lesson.id} / ${step.id}`;
      const start = scenarioOf(stepStartScenario(step, previousEnd), `${where} start`);
      expect(checkGoal(step.goal, evaluate(start)).passed, `${where} must not pass before any change: ${verdicts(start, step.goal).join(', ')}`).toBe(false);
      expect(step.solution, `${where} needs a reference solution`).toBeDefined();
      const end = scenarioOf(applyScenarioChanges(start, step.solution ?? []), `${where} solution`);
      const result = checkGoal(step.goal, evaluate(end));
      expect(result.passed, `${where} solution must pass: ${verdicts(end, step.goal).join(', ')}`).toBe(true);
      previousEnd = end;
    }
  });

  it.each(lessonFiles)('%s: each step has text, hints and an id unique across lessons', (file) => {
    const lesson = readLesson(file);
    expect(file).toBe(`${lesson.id}.json`);
    for (const step of lesson.steps) {
      expect(step.text.length).toBeGreaterThan(200);
      expect(step.hints.length).toBeGreaterThan(0);
    }
  });
});

describe('referenceStepStart', () => {
  it('rebuilds a later step from the first scenario, the solutions and the changes in between', () => {
    const lesson = readLesson('cost.json');
    const third = referenceStepStart(lesson, 2);
    expect(third.ok && third.scenario.workload).toMatchObject({ requestsPerSecond: 5, payloadKbOut: 8 });
    expect(third.ok && third.scenario.components.find((c) => c.id === 'app-a')).toMatchObject({ instances: 3, instanceType: 'aws:m6i.large' });
    expect(referenceStepStart(lesson, 9)).toEqual({ ok: false, issues: [{ path: 'steps', message: 'has no step 10' }] });
  });

  it('matches the bundled lessons the app ships', () => {
    expect(bundledLessons.map((lesson) => lesson.id)).toEqual(['latency-and-geography', 'redundancy-and-nines', 'disaster-recovery', 'consistency-and-latency', 'cost']);
    expect(bundledLessons.reduce((minutes, lesson) => minutes + lesson.minutes, 0)).toBeLessThanOrEqual(60);
  });
});
