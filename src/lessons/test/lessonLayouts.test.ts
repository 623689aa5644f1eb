import { describe, expect, it } from 'vitest';
import { layoutViolations } from '../../commands';
import { applyScenarioChanges, formatIssue, type ParseResult, type Scenario } from '../../model';
import { stepStartScenario } from '../stepStartScenario';
import { lessonFiles, readLesson } from './lessonContent';

const scenarioOf = (result: ParseResult, where: string): Scenario => {
  if (!result.ok) throw new Error(`${where}: ${result.issues.map(formatIssue).join('; ')}`);
  return result.scenario;
};

describe('lesson layouts', () => {
  it.each(lessonFiles)('%s: every step starts and ends on a layout that needs no fixing (no overlaps, nothing outside its group)', (file) => {
    const lesson = readLesson(file);
    let previousEnd: Scenario | null = null;
    for (const step of lesson.steps) {
      const where = `${lesson.id} / ${step.id}`;
      const start = scenarioOf(stepStartScenario(step, previousEnd), `${where} start`);
      expect(layoutViolations(start), `${where} start`).toEqual([]);
      const end = scenarioOf(applyScenarioChanges(start, step.solution ?? []), `${where} solution`);
      expect(layoutViolations(end), `${where} solution`).toEqual([]);
      previousEnd = end;
    }
  });
});
