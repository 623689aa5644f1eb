import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../engine';
import { applyScenarioChanges, createExampleScenario, formatIssue, parseFigurePath, parseLesson, parseScenario, reservedKeys, scenarioChangesSchema, type FigureRef, type ScenarioChange } from '../../model';
import { readFigure } from '../readFigure';

// Every key that reaches a prototype, in every place a document names a key or a path (issue #22, point 5).
const polluted = () => Object.hasOwn(Object.prototype, 'polluted') || Object.hasOwn(Function.prototype, 'polluted');
afterEach(() => {
  expect(polluted()).toBe(false);
});

const exampleText = JSON.stringify(createExampleScenario());
/** A lesson of one step whose solution is `solution` (JSON text, so `__proto__` is a plain own key). */
const lessonText = (solution: string) =>
  `{"lessonVersion":1,"id":"l","title":"L","summary":"","minutes":5,"steps":[{"id":"s","title":"S","text":"","start":{"scenario":${exampleText}},` +
  `"goal":{"conditions":[{"kind":"figure","figure":"cost.monthlyUsd","comparator":"<","threshold":{"value":1,"unit":"USD/month"}}]},"solution":${solution}}]}`;

describe.each(reservedKeys)('the key %s', (key) => {
  it('is refused anywhere in a scenario, with its path: at the root, in a section, as a layout key, in a component', () => {
    const places: [string, string][] = [
      [exampleText.replace('{"schemaVersion"', `{"${key}":{"polluted":true},"schemaVersion"`), key],
      [exampleText.replace('"workload":{', `"workload":{"${key}":{"polluted":true},`), `workload.${key}`],
      [exampleText.replace('"nodes":{', `"nodes":{"${key}":{"x":1,"y":2},`), `layout.nodes.${key}`],
      [exampleText.replace('"components":[{', `"components":[{"${key}":{"polluted":true},`), `components[0].${key}`],
    ];
    for (const [text, path] of places) {
      const result = parseScenario(text);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([`${path}: uses a reserved key (__proto__, constructor, prototype): these reach JavaScript prototypes, rename it`]);
    }
  });

  it('is refused as an element id', () => {
    const result = parseScenario(exampleText.replace('"id":"app-a"', `"id":"${key}"`));
    expect(result.ok || result.issues.map(formatIssue)).toContain('components[2].id: is a reserved word in JavaScript objects: choose another id');
  });

  it('is refused in a lesson change: a path segment, a field name, a key inside a value', () => {
    const changes = [
      `[{"op":"set","at":["${key}","polluted"],"value":true}]`,
      `[{"op":"set","at":["components","app-a","${key}","polluted"],"value":true}]`,
      `[{"op":"addComponent","kind":"cdn","id":"cdn","name":"CDN","fields":{"${key}":{"polluted":true}}}]`,
      `[{"op":"set","at":["workload"],"value":{"${key}":{"polluted":true}}}]`,
    ];
    for (const text of changes) {
      expect(scenarioChangesSchema.safeParse(JSON.parse(text)).success, text).toBe(false);
      const lesson = parseLesson(lessonText(text));
      expect(lesson.ok, text).toBe(false);
      expect(lesson.ok || lesson.issues[0]?.path).toMatch(/^steps\[0\]\.solution\[0\]\./);
    }
  });

  it('leaves prototypes alone when "Show solution" applies it past the schema: own properties only', () => {
    const paths: (string | number)[][] = [[key, 'polluted'], ['workload', key, 'polluted'], ['components', 'app-a', key, 'prototype', 'polluted'], ['layout', 'nodes', key]];
    for (const at of paths) {
      const result = applyScenarioChanges(createExampleScenario(), [{ op: 'set', at, value: { polluted: true } } as ScenarioChange]);
      expect(result.ok || result.issues.map(formatIssue)).toEqual([`changes[0]: uses a reserved key in ${JSON.stringify(at)}`]);
    }
  });

  it('names no figure in a goal, and a report read past the schema finds nothing through a prototype', () => {
    for (const path of [`latency.population.${key}.p99Ms`, `availability.population.${key}.nines`, `capacity.utilization.${key}`, `cost.category.${key}`, `recovery.event.${key}.rtoSeconds`, `${key}.monthlyUsd`]) {
      expect(parseFigurePath(path), path).toBeNull();
    }
    const report = evaluate(createExampleScenario());
    const refs: FigureRef[] = [
      { section: 'latency', population: key, metric: 'p99Ms' },
      { section: 'availability', population: key, metric: 'nines' },
      { section: 'utilization', component: key },
      { section: 'recoveryEvent', event: key, metric: 'rtoSeconds' },
    ];
    for (const ref of refs) expect(readFigure(report, ref).ok, JSON.stringify(ref)).toBe(false);
    expect(readFigure(report, { section: 'costCategory', category: key })).toEqual({ ok: true, value: 0 });
  });
});
