import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bundledLessons } from '../lessons/bundledLessons';
import { createExampleScenario } from '../model';
import { classDesignsBundle, classResultsCsv } from './classResults';
import { rosterOf } from './roster';
import { writeGoalStatus, writeStudentProfile, writeSubmission } from './studentState';
import { syncedDocs } from './test/syncedDocs';

const lesson = bundledLessons[0]!;
const [first, second] = lesson.steps;

/** A class of three as the teacher sees it: each student's document synced from the student's own. */
function classOfThree() {
  const students = new Map<string, Y.Doc>();
  const own = new Map<string, Y.Doc>();
  for (const id of ['s-1', 's-2', 's-3']) {
    const [studentDoc, teacherCopy] = syncedDocs();
    own.set(id, studentDoc);
    students.set(id, teacherCopy);
  }
  const design = createExampleScenario();
  writeStudentProfile(own.get('s-1')!, { name: 'Grace', stepIndex: 1, design });
  writeGoalStatus(own.get('s-1')!, first!.id, { passed: true, conditionsMet: 1, conditions: 1 });
  writeGoalStatus(own.get('s-1')!, second!.id, { passed: false, conditionsMet: 0, conditions: 2 });
  writeSubmission(own.get('s-1')!, first!.id, design, Date.UTC(2026, 11, 6, 10, 30));
  writeStudentProfile(own.get('s-2')!, { name: 'Alan, "the" Turing', stepIndex: 0, design: null });
  return { students, design };
}

describe('the roster', () => {
  it('lists named students by name with the goal of the step they are on', () => {
    const { students } = classOfThree();
    const rows = rosterOf(lesson, students);
    expect(rows.map((row) => row.name)).toEqual(['Alan, "the" Turing', 'Grace']);
    expect(rows[1]).toMatchObject({ studentId: 's-1', stepIndex: 1, goal: { passed: false, conditionsMet: 0, conditions: 2 }, submitted: false });
    expect(rows[0]).toMatchObject({ studentId: 's-2', stepIndex: 0, goal: null, submitted: false });
  });

  it('exports one CSV row per student and step, quoting what people typed', () => {
    const { students } = classOfThree();
    const csv = classResultsCsv(lesson, rosterOf(lesson, students));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Student,Step,Step title,Goal,Conditions met,Submitted at (UTC)');
    expect(lines).toHaveLength(1 + 2 * lesson.steps.length);
    expect(lines[1]).toBe(`"Alan, ""the"" Turing",1,${first!.title},not checked,,`);
    expect(lines[1 + lesson.steps.length]).toBe(`Grace,1,${first!.title},met,1 of 1,2026-12-06T10:30:00.000Z`);
    expect(lines[2 + lesson.steps.length]).toBe(`Grace,2,${second!.title},not met,0 of 2,`);
  });

  it('bundles every submitted design, checked as an import', () => {
    const { students, design } = classOfThree();
    const bundle = classDesignsBundle(lesson, rosterOf(lesson, students), 'ABCD-EFGH', Date.UTC(2026, 11, 6, 11));
    expect(bundle).toMatchObject({ format: 'meridian-class-designs', joinCode: 'ABCD-EFGH', exportedAt: '2026-12-06T11:00:00.000Z' });
    expect(bundle.students.map((student) => student.submissions.length)).toEqual([0, 1]);
    const [submitted] = bundle.students[1]!.submissions;
    expect(submitted).toMatchObject({ stepTitle: first!.title, submittedAt: '2026-12-06T10:30:00.000Z', scenario: { name: design.name } });
  });
});

describe('the roster, read again', () => {
  it('shows a change as soon as the student makes it, and reuses what did not change', () => {
    const [studentDoc, teacherCopy] = syncedDocs();
    const [otherDoc, otherCopy] = syncedDocs();
    writeStudentProfile(studentDoc, { name: 'Ada', stepIndex: 0, design: null });
    writeStudentProfile(otherDoc, { name: 'Grace', stepIndex: 0, design: null });
    const students = new Map([
      ['s-1', teacherCopy],
      ['s-2', otherCopy],
    ]);
    const before = rosterOf(lesson, students);
    writeGoalStatus(studentDoc, first!.id, { passed: true, conditionsMet: 1, conditions: 1 });
    const after = rosterOf(lesson, students);
    expect(after[0]?.goal).toEqual({ passed: true, conditionsMet: 1, conditions: 1 });
    expect(after[0]?.state).not.toBe(before[0]?.state);
    expect(after[1]?.state).toBe(before[1]?.state);
  });
});
