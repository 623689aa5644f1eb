import '../model/zodConfig';
import * as Y from 'yjs';
import { z } from 'zod';
import type { GoalResult } from '../lessons';
import { elementIdSchema, maxLessonSteps, maxScenarioBytes, type Scenario } from '../model';

/**
 * What one student shares with the teacher, in the student's own document (only they write it):
 * `profile` (name, step, current design), `goals` (the goal status their own engine computed, by step
 * id) and `submissions` (the design they submitted, by step id). The teacher reads it through
 * `readStudentState`, which treats every value as untrusted (issue #19.5).
 */
export interface StudentState {
  name: string;
  stepIndex: number;
  /** The student's current design as JSON text: parsed with `parseScenario` only when drawn or opened. */
  designJson: string | null;
  goals: ReadonlyMap<string, GoalStatus>;
  submissions: ReadonlyMap<string, Submission>;
}

/** A step's goal as the student's engine checked it: met or not, and how many of its conditions pass. */
export interface GoalStatus {
  passed: boolean;
  conditionsMet: number;
  conditions: number;
}

/** A goal check as the roster shows it. */
export function goalStatusOf(result: GoalResult): GoalStatus {
  return { passed: result.passed, conditionsMet: result.conditions.filter((condition) => condition.passed).length, conditions: result.conditions.length };
}

export interface Submission {
  designJson: string;
  submittedAtMs: number;
}

/** Longest display name: a name and a surname, not an essay. */
export const maxStudentNameLength = 60;

export const studentNameSchema = z.string().trim().min(1, 'enter your name').max(maxStudentNameLength, `keep it under ${maxStudentNameLength} characters`);
const designSchema = z.string().max(maxScenarioBytes);
const goalStatusSchema = z
  .object({ passed: z.boolean(), conditionsMet: z.number().int().min(0).max(100), conditions: z.number().int().min(0).max(100) })
  .strict()
  .refine((goal) => goal.conditionsMet <= goal.conditions);
const submissionSchema = z.object({ designJson: designSchema, submittedAtMs: z.number().int().min(0) }).strict();

const profileMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('profile');
const goalsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('goals');
const submissionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('submissions');

/** Sets the student's name, step and current design (what the roster shows), in one transaction. */
export function writeStudentProfile(doc: Y.Doc, profile: { name: string; stepIndex: number; design: Scenario | null }): void {
  doc.transact(() => {
    const map = profileMap(doc);
    const designJson = profile.design === null ? null : JSON.stringify(profile.design);
    if (map.get('name') !== profile.name) map.set('name', profile.name);
    if (map.get('stepIndex') !== profile.stepIndex) map.set('stepIndex', profile.stepIndex);
    // Unchanged values are not written again: every write is an update sent to the teacher.
    if (map.get('designJson') !== designJson) map.set('designJson', designJson);
  });
}

/** Records a step's goal status (written only when it changed). */
export function writeGoalStatus(doc: Y.Doc, stepId: string, status: GoalStatus): void {
  const current = goalStatusSchema.safeParse(goalsMap(doc).get(stepId));
  if (current.success && current.data.passed === status.passed && current.data.conditionsMet === status.conditionsMet && current.data.conditions === status.conditions) return;
  goalsMap(doc).set(stepId, { passed: status.passed, conditionsMet: status.conditionsMet, conditions: status.conditions });
}

/** Submits `design` for a step; a later submission for the same step replaces it. */
export function writeSubmission(doc: Y.Doc, stepId: string, design: Scenario, submittedAtMs: number): void {
  submissionsMap(doc).set(stepId, { designJson: JSON.stringify(design), submittedAtMs });
}

/** Valid entries of a map of untrusted values, keyed by step id, at most one per lesson step. */
function readSteps<T>(map: Y.Map<unknown>, schema: z.ZodType<T>): Map<string, T> {
  const entries = new Map<string, T>();
  for (const [key, value] of map.entries()) {
    if (entries.size >= maxLessonSteps) break;
    const parsed = schema.safeParse(value);
    if (elementIdSchema.safeParse(key).success && parsed.success) entries.set(key, parsed.data);
  }
  return entries;
}

/** The student's state as it arrived from the relay, or null until they have named themselves. Invalid values are dropped. */
export function readStudentState(doc: Y.Doc): StudentState | null {
  const profile = profileMap(doc);
  const name = studentNameSchema.safeParse(profile.get('name'));
  if (!name.success) return null;
  const step = z.number().int().min(0).max(maxLessonSteps - 1).safeParse(profile.get('stepIndex'));
  const design = designSchema.safeParse(profile.get('designJson'));
  return {
    name: name.data,
    stepIndex: step.success ? step.data : 0,
    designJson: design.success ? design.data : null,
    goals: readSteps(goalsMap(doc), goalStatusSchema),
    submissions: readSteps(submissionsMap(doc), submissionSchema),
  };
}
