import { describeError, formatJsonPath, toScenarioIssues, type ScenarioIssue } from '../errors';
import { maxScenarioBytes } from '../limits';
import { parseScenario } from '../parseScenario';
import { findReservedKey, reservedKeyMessage } from '../reservedKeys';
import { currentLessonVersion, lessonDocumentSchema, type Lesson } from './lesson';
import type { LessonStep } from './step';

export type LessonParseResult = { ok: true; lesson: Lesson } | { ok: false; issues: ScenarioIssue[] };

/** A lesson holds several scenarios; it may be as large as a few of the largest. */
export const maxLessonBytes = maxScenarioBytes;

function refuse(path: string, message: string): LessonParseResult {
  return { ok: false, issues: [{ path, message }] };
}

function readVersion(value: unknown): LessonParseResult | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('(document)', 'must be a JSON object describing a lesson');
  const version = (value as Record<string, unknown>).lessonVersion;
  if (typeof version !== 'number') return refuse('lessonVersion', 'is required: is this a Meridian lesson?');
  if (version > currentLessonVersion) return refuse('lessonVersion', `is ${version}, but this version of Meridian understands up to ${currentLessonVersion}: update Meridian to open it`);
  return null;
}

const prefixed = (prefix: string, issue: ScenarioIssue): ScenarioIssue => ({
  path: issue.path === '(document)' ? prefix : `${prefix}.${issue.path}`,
  message: issue.message,
});

/**
 * The one door for lessons (bundled content, share links, the lesson editor, files): JSON text or a
 * parsed value → version → size → no reserved keys anywhere → schema → every step's starting scenario through `parseScenario`.
 * Errors name the JSON path (`steps[2].start.scenario.components[3].instances`). Never throws.
 */
export function parseLesson(input: unknown): LessonParseResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > maxLessonBytes) return refuse('(document)', `is ${input.length.toLocaleString('en-US')} characters long; the limit is ${maxLessonBytes / 1024 / 1024} MB`);
    try {
      value = JSON.parse(input);
    } catch (error) {
      return refuse('(document)', `is not valid JSON (${describeError(error)})`);
    }
  }
  const versionProblem = readVersion(value);
  if (versionProblem) return versionProblem;
  const reserved = findReservedKey(value);
  if (reserved) return refuse(formatJsonPath(reserved), reservedKeyMessage);
  const parsed = lessonDocumentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: toScenarioIssues(parsed.error) };

  const issues: ScenarioIssue[] = [];
  const steps = parsed.data.steps.map((step, i): LessonStep => {
    if (!('scenario' in step.start)) return { ...step, start: step.start };
    const scenario = parseScenario(step.start.scenario);
    if (scenario.ok) return { ...step, start: { scenario: scenario.scenario } };
    issues.push(...scenario.issues.map((issue) => prefixed(`steps[${i}].start.scenario`, issue)));
    return { ...step, start: { changes: [] } };
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lesson: { ...parsed.data, steps } };
}
