import { describe, expect, it } from 'vitest';
import { createExampleScenario, parseScenario } from '../model';
import { readStudentState, writeGoalStatus, writeStudentProfile, writeSubmission } from './studentState';
import { syncedDocs } from './test/syncedDocs';

describe("a student's shared state", () => {
  it('reaches the teacher as the student wrote it', () => {
    const [student, teacher] = syncedDocs();
    const design = createExampleScenario();
    writeStudentProfile(student, { name: 'Ada Lovelace', stepIndex: 2, design });
    writeGoalStatus(student, 'step-a', { passed: false, conditionsMet: 1, conditions: 2 });
    writeGoalStatus(student, 'step-a', { passed: true, conditionsMet: 2, conditions: 2 });
    writeSubmission(student, 'step-a', design, 1_700_000_000_000);
    const state = readStudentState(teacher);
    expect(state?.name).toBe('Ada Lovelace');
    expect(state?.stepIndex).toBe(2);
    expect(state?.goals.get('step-a')).toEqual({ passed: true, conditionsMet: 2, conditions: 2 });
    expect(state?.submissions.get('step-a')?.submittedAtMs).toBe(1_700_000_000_000);
    const opened = parseScenario(state?.designJson);
    expect(opened.ok && opened.scenario.name).toBe(design.name);
  });

  it('sends nothing when nothing changed', () => {
    const [student] = syncedDocs();
    const design = createExampleScenario();
    writeStudentProfile(student, { name: 'Ada', stepIndex: 0, design });
    writeGoalStatus(student, 'step-a', { passed: true, conditionsMet: 2, conditions: 2 });
    let updates = 0;
    student.on('update', () => (updates += 1));
    writeStudentProfile(student, { name: 'Ada', stepIndex: 0, design });
    writeGoalStatus(student, 'step-a', { passed: true, conditionsMet: 2, conditions: 2 });
    expect(updates).toBe(0);
  });

  it('is nobody until the student has a name', () => {
    const [student, teacher] = syncedDocs();
    expect(readStudentState(teacher)).toBeNull();
    student.getMap('profile').set('name', '   ');
    expect(readStudentState(teacher)).toBeNull();
  });

  it('drops hostile values rather than trusting them', () => {
    const [student, teacher] = syncedDocs();
    writeStudentProfile(student, { name: 'Mallory', stepIndex: 0, design: null });
    student.getMap('profile').set('stepIndex', -3);
    student.getMap('profile').set('designJson', { not: 'text' });
    student.getMap('goals').set('__proto__', { passed: true, conditionsMet: 1, conditions: 1 });
    student.getMap('goals').set('step-b', { passed: true, conditionsMet: 5, conditions: 1 });
    student.getMap('submissions').set('step-c', { designJson: 'x', submittedAtMs: -1 });
    const state = readStudentState(teacher);
    expect(state).toMatchObject({ name: 'Mallory', stepIndex: 0, designJson: null });
    expect(state?.goals.size).toBe(0);
    expect(state?.submissions.size).toBe(0);
  });
});
