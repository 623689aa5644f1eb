import '../zodConfig';
import { z } from 'zod';
import type { Scenario } from '../schema/scenario';
import { elementIdSchema } from '../schema/primitives';
import { goalSchema, type Goal } from './goalCondition';
import { scenarioChangesSchema, type ScenarioChange } from './scenarioChange';

/** Longest Markdown text of one step, characters: a few screens of reading, no more. */
export const maxStepTextLength = 8000;

/**
 * Where a step starts: a whole scenario (checked by `parseScenario` in `parseLesson`), or changes
 * to the design the student has at that point (an empty list continues as it is).
 */
const stepStartDocumentSchema = z.union([
  z.object({ scenario: z.unknown() }).strict(),
  z.object({ changes: scenarioChangesSchema }).strict(),
]);

/** One step as written: Markdown text, where it starts, the goal the engine checks, hints, and the reference solution. */
export const stepDocumentSchema = z.object({
  id: elementIdSchema,
  title: z.string().trim().min(1).max(120),
  /** Markdown, rendered as React elements (never as HTML). */
  text: z.string().max(maxStepTextLength),
  start: stepStartDocumentSchema,
  goal: goalSchema,
  hints: z.array(z.string().trim().min(1).max(600)).max(8).default([]),
  /** Changes from the step's start that meet the goal: the teacher's "show me", and what the tests check. */
  solution: scenarioChangesSchema.optional(),
});

export type StepStart = { scenario: Scenario } | { changes: ScenarioChange[] };

/** A validated step: its starting scenario, if it has one, has passed `parseScenario`. */
export type LessonStep = Omit<z.infer<typeof stepDocumentSchema>, 'start' | 'goal'> & { start: StepStart; goal: Goal };
