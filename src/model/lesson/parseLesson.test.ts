import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../fixtures/exampleScenario';
import { formatIssue } from '../errors';
import { maxLessonBytes, parseLesson } from './parseLesson';

const step = (patch: Record<string, unknown> = {}) => ({
  id: 'one',
  title: 'One',
  text: '**Bold** text',
  start: { scenario: createExampleScenario() },
  goal: { conditions: [{ kind: 'figure', figure: 'latency.population.users-eu.p99Ms', comparator: '<', threshold: { value: 150, unit: 'ms' } }] },
  hints: ['Look at the CDN'],
  ...patch,
});
const lesson = (patch: Record<string, unknown> = {}) => ({ lessonVersion: 1, id: 'l', title: 'Lesson', summary: '', minutes: 10, steps: [step()], ...patch });

function issuesOf(input: unknown): string[] {
  const result = parseLesson(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('parseLesson', () => {
  it('accepts a lesson, as a value or as JSON text, with its starting scenario validated', () => {
    const result = parseLesson(JSON.stringify(lesson({ steps: [step(), step({ id: 'two', start: { changes: [] } })] })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lesson.steps[0]?.start).toEqual({ scenario: createExampleScenario() });
    expect(result.lesson.steps[1]?.start).toEqual({ changes: [] });
  });

  it('names the JSON path inside a step scenario', () => {
    const broken = { ...createExampleScenario(), components: createExampleScenario().components.map((c, i) => (i === 2 ? { ...c, instances: 0 } : c)) };
    expect(issuesOf(lesson({ steps: [step({ start: { scenario: broken } })] }))).toContain('steps[0].start.scenario.components[2].instances: must be ≥ 1');
  });

  it('refuses figures the report does not have, and units that do not fit the figure', () => {
    const goal = { conditions: [
      { kind: 'figure', figure: 'latency.users-eu.p99', comparator: '<', threshold: { value: 1, unit: 'ms' } },
      { kind: 'figure', figure: 'cost.monthlyUsd', comparator: '<=', threshold: { value: 1, unit: 'ms' } },
      { kind: 'survive', event: 'meteor:everything' },
    ] };
    const issues = issuesOf(lesson({ steps: [step({ goal })] }));
    expect(issues[0]).toMatch(/^steps\[0\]\.goal\.conditions\[0\]\.figure: must name a report figure, e\.g\. latency\.population\.<id>\.p99Ms/);
    expect(issues[1]).toBe('steps[0].goal.conditions[1].threshold.unit: must be "USD/month" for cost.monthlyUsd');
    expect(issues[2]).toBe('steps[0].goal.conditions[2].event: must be a recovery event id like region:us-east-1 or zone:zone-a');
  });

  it('needs a scenario at the first step, unique step ids and a known version', () => {
    expect(issuesOf(lesson({ steps: [step({ start: { changes: [] } })] }))).toEqual(['steps[0].start: the first step must start from a scenario ({"scenario": {…}})']);
    expect(issuesOf(lesson({ steps: [step(), step()] }))).toEqual(['steps[1].id: duplicates the id of another step ("one")']);
    expect(issuesOf(lesson({ lessonVersion: 7 }))).toEqual(['lessonVersion: is 7, but this version of Meridian understands up to 1: update Meridian to open it']);
    expect(issuesOf(createExampleScenario())).toEqual(['lessonVersion: is required: is this a Meridian lesson?']);
  });

  it('refuses what is not JSON, too large, or has too many steps', () => {
    expect(issuesOf('{"lessonVersion": 1,')[0]).toMatch(/^\(document\): is not valid JSON/);
    expect(issuesOf(' '.repeat(maxLessonBytes + 1))).toEqual([`(document): is ${(maxLessonBytes + 1).toLocaleString('en-US')} characters long; the limit is 5 MB`]);
    const many = Array.from({ length: 31 }, (_, i) => step({ id: `s${i}`, start: i === 0 ? step().start : { changes: [] } }));
    expect(issuesOf(lesson({ steps: many }))).toEqual(['steps: must have at most 30 items']);
  });
});
