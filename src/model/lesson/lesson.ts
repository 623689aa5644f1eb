import '../zodConfig';
import { z } from 'zod';
import { elementIdSchema } from '../schema/primitives';
import { stepDocumentSchema, type LessonStep } from './step';

/** The lesson format this build writes and reads. */
export const currentLessonVersion = 1;

/** Most steps in one lesson: a workshop hour holds a handful; 30 is generous. */
export const maxLessonSteps = 30;

/** A lesson document as written (step scenarios not yet validated; `parseLesson` does that). */
export const lessonDocumentSchema = z
  .object({
    lessonVersion: z.literal(currentLessonVersion),
    id: elementIdSchema,
    title: z.string().trim().min(1).max(120),
    summary: z.string().max(600),
    /** How long the lesson takes in a workshop, minutes. */
    minutes: z.number().int().min(1).max(240),
    steps: z.array(stepDocumentSchema).min(1).max(maxLessonSteps),
  })
  .superRefine((lesson, ctx) => {
    const first = lesson.steps[0];
    if (first && !('scenario' in first.start)) {
      ctx.addIssue({ code: 'custom', path: ['steps', 0, 'start'], message: 'the first step must start from a scenario ({"scenario": {…}})' });
    }
    const seen = new Set<string>();
    lesson.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicates the id of another step ("${step.id}")` });
      seen.add(step.id);
    });
  });

export type Lesson = Omit<z.infer<typeof lessonDocumentSchema>, 'steps'> & { steps: LessonStep[] };
