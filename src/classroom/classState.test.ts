import { describe, expect, it } from 'vitest';
import { bundledLessons } from '../lessons/bundledLessons';
import { classMap, readClassState, writeClassFollow, writeClassStart, writeClassStep } from './classState';
import { syncedDocs } from './test/syncedDocs';

const lesson = bundledLessons[0]!;

describe('the class state', () => {
  it('reaches a student as the teacher wrote it', () => {
    const [teacher, student] = syncedDocs();
    writeClassStart(teacher, lesson);
    writeClassStep(teacher, 1);
    writeClassFollow(teacher, { x: -120, y: 40, zoom: 1.5 });
    const reading = readClassState(student);
    expect(reading.ok && reading.state.lesson.id).toBe(lesson.id);
    expect(reading.ok && reading.state.lesson.steps.map((step) => step.id)).toEqual(lesson.steps.map((step) => step.id));
    expect(reading.ok && reading.state.stepIndex).toBe(1);
    expect(reading.ok && reading.state.follow).toEqual({ x: -120, y: 40, zoom: 1.5 });
    writeClassFollow(teacher, null);
    expect(readClassState(student)).toMatchObject({ ok: true, state: { follow: null } });
  });

  it('says to wait before the teacher starts', () => {
    const [, student] = syncedDocs();
    expect(readClassState(student)).toEqual({ ok: false, problem: 'The class has not started yet: wait for the teacher.' });
  });

  it('keeps the step inside the lesson', () => {
    const [teacher, student] = syncedDocs();
    writeClassStart(teacher, lesson);
    writeClassStep(teacher, lesson.steps.length);
    writeClassStep(teacher, -1);
    expect(readClassState(student)).toMatchObject({ ok: true, state: { stepIndex: 0 } });
  });

  it('reads hostile values as a problem or a default, never as a crash', () => {
    const [teacher, student] = syncedDocs();
    writeClassStart(teacher, lesson);
    classMap(teacher).set('stepIndex', 1e9);
    classMap(teacher).set('follow', { x: Number.NaN, y: 0, zoom: 1, extra: 'x' });
    expect(readClassState(student)).toMatchObject({ ok: true, state: { stepIndex: 0, follow: null } });
    classMap(teacher).set('lesson', '{"lessonVersion": 1, "__proto__": {}}');
    const hostile = readClassState(student);
    expect(hostile.ok).toBe(false);
    expect(!hostile.ok && hostile.problem).toMatch(/cannot be opened .*ask the teacher/);
    classMap(teacher).set('lesson', 42);
    expect(readClassState(student)).toMatchObject({ ok: false, problem: expect.stringMatching(/not a lesson document/) });
  });
});
