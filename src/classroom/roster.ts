import type * as Y from 'yjs';
import type { Lesson } from '../model';
import { readStudentState, type GoalStatus, type StudentState } from './studentState';

/** One line of the teacher's roster: a student, the step they are on, and that step's goal as their engine checked it. */
export interface RosterRow {
  studentId: string;
  name: string;
  stepIndex: number;
  /** Null until the student's engine has checked the step's goal. */
  goal: GoalStatus | null;
  /** Whether they submitted a design for the step they are on. */
  submitted: boolean;
  designJson: string | null;
  state: StudentState;
}

/** Each student's state as last read, dropped as soon as their document changes. */
const readings = new WeakMap<Y.Doc, StudentState | null>();
const watched = new WeakSet<Y.Doc>();

/** `readStudentState`, read again only after the document changed: a roster of 40 re-reads the one student who edited. */
function studentStateOf(doc: Y.Doc): StudentState | null {
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('update', () => readings.delete(doc));
  }
  if (!readings.has(doc)) readings.set(doc, readStudentState(doc));
  return readings.get(doc) ?? null;
}

/**
 * The roster of a class from each student's document: students who have named themselves, sorted
 * by name (then id, so that two students of the same name keep their places).
 */
export function rosterOf(lesson: Lesson, students: ReadonlyMap<string, Y.Doc>): RosterRow[] {
  const rows: RosterRow[] = [];
  for (const [studentId, doc] of students) {
    const state = studentStateOf(doc);
    if (!state) continue;
    const stepIndex = Math.min(state.stepIndex, lesson.steps.length - 1);
    const stepId = lesson.steps[stepIndex]?.id ?? '';
    rows.push({ studentId, name: state.name, stepIndex, goal: state.goals.get(stepId) ?? null, submitted: state.submissions.has(stepId), designJson: state.designJson, state });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.studentId.localeCompare(b.studentId));
}
