import '../model/zodConfig';
import * as Y from 'yjs';
import { z } from 'zod';
import { maxLessonSteps, parseLesson, type Lesson } from '../model';

/**
 * What the teacher sets for the whole class, in the class's shared document (`class` map): the
 * lesson, the step everyone is on, and the viewport students may follow. Only the teacher writes it;
 * students read it through `readClassState`, which treats every value as untrusted (issue #19.5).
 */
export interface ClassState {
  lesson: Lesson;
  stepIndex: number;
  /** The teacher's canvas viewport while they ask students to follow it; null when they do not. */
  follow: ClassViewport | null;
}

export interface ClassViewport {
  x: number;
  y: number;
  zoom: number;
}

export type ClassStateReading = { ok: true; state: ClassState } | { ok: false; problem: string };

const viewportSchema = z.object({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().finite().min(0.01).max(100) }).strict();
const stepIndexSchema = z.number().int().min(0).max(maxLessonSteps - 1);

export const classMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('class');

/** Starts a class on `lesson` at its first step, in one transaction so students never see half of it. */
export function writeClassStart(doc: Y.Doc, lesson: Lesson): void {
  doc.transact(() => {
    const map = classMap(doc);
    map.set('lesson', JSON.stringify(lesson));
    map.set('stepIndex', 0);
    map.set('follow', null);
  });
}

/** Moves the class to a step of its lesson (ignored outside the lesson's steps). */
export function writeClassStep(doc: Y.Doc, stepIndex: number): void {
  const reading = readClassState(doc);
  if (reading.ok && stepIndex >= 0 && stepIndex < reading.state.lesson.steps.length) classMap(doc).set('stepIndex', stepIndex);
}

/** Asks students to follow `viewport`, or stops asking (null). */
export function writeClassFollow(doc: Y.Doc, viewport: ClassViewport | null): void {
  classMap(doc).set('follow', viewport === null ? null : { x: viewport.x, y: viewport.y, zoom: viewport.zoom });
}

let lastLesson: { text: string; parsed: ReturnType<typeof parseLesson> } | null = null;

/** The class lesson changes once a class while its step, viewport and roster change all the time: parse each text once. */
function parseLessonOnce(text: string): ReturnType<typeof parseLesson> {
  if (lastLesson?.text !== text) lastLesson = { text, parsed: parseLesson(text) };
  return lastLesson.parsed;
}

/**
 * The class state as it arrived from the relay: the lesson through `parseLesson` (the same door as a
 * lesson file or link), the step and viewport through their schemas. A class not started yet, or a
 * value a hostile client wrote, reads as a problem, never as a crash.
 */
export function readClassState(doc: Y.Doc): ClassStateReading {
  const map = classMap(doc);
  const lessonText = map.get('lesson');
  if (lessonText === undefined) return { ok: false, problem: 'The class has not started yet: wait for the teacher.' };
  if (typeof lessonText !== 'string') return { ok: false, problem: 'The class lesson is not a lesson document: ask the teacher to start the class again.' };
  const parsed = parseLessonOnce(lessonText);
  if (!parsed.ok) return { ok: false, problem: `The class lesson cannot be opened (${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}): ask the teacher to start the class again.` };
  const lesson = parsed.lesson;
  const step = stepIndexSchema.safeParse(map.get('stepIndex'));
  const follow = viewportSchema.safeParse(map.get('follow'));
  return {
    ok: true,
    state: {
      lesson,
      stepIndex: step.success ? Math.min(step.data, lesson.steps.length - 1) : 0,
      follow: follow.success ? follow.data : null,
    },
  };
}
