import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serveClassroom, type ClassroomServer } from '../../../server/serveClassroom';
import { newClass, newSecret } from '../../collab';
import { joinRoom } from '../../collab/joinRoom';
import { bundledLessons } from '../../lessons/bundledLessons';
import { createExampleScenario } from '../../model';
import type { JoinRoom } from '../classConnections';
import { readClassState, writeClassStart, writeClassStep } from '../classState';
import { memoryDocStorage } from '../docStorage';
import { rosterOf, type RosterRow } from '../roster';
import { openStudentClass, type StudentClass } from '../studentClass';
import { writeGoalStatus, writeStudentProfile } from '../studentState';
import { openTeacherClass, type TeacherClass } from '../teacherClass';

const lesson = bundledLessons[0]!;
let relay: ClassroomServer | null = null;
const sessions: (TeacherClass | StudentClass)[] = [];

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await relay?.close();
  relay = null;
});

async function startRelay(port = 0): Promise<number> {
  relay = await serveClassroom({ port, host: '127.0.0.1', appDir: null });
  return (relay.server.address() as AddressInfo).port;
}

const joinAt = (port: number): JoinRoom => (options) => joinRoom({ ...options, relayUrl: `ws://127.0.0.1:${port}/relay`, WebSocketPolyfill: WebSocket });

/** Resolves once `test` holds, checked on every change the session reports. */
function until<T>(session: TeacherClass | StudentClass, test: () => T | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const value = test();
      if (value) {
        unsubscribe();
        resolve(value);
      }
    };
    const unsubscribe = session.subscribe(check);
    check();
  });
}

const rowOf = (teacher: TeacherClass, name: string): RosterRow | undefined => rosterOf(lesson, teacher.students).find((row) => row.name === name);

describe('a class over the real relay', () => {
  it('carries the step to students and their goal status to the roster', async () => {
    const port = await startRelay();
    const { code, teacherSecret } = await newClass();
    const teacher = await openTeacherClass({ code, teacherSecret, join: joinAt(port), storage: memoryDocStorage() });
    sessions.push(teacher);
    writeClassStart(teacher.classDoc, lesson);
    const students = await Promise.all(['Ada', 'Grace'].map((name) => openStudentClass({ code, name, studentSecret: newSecret(), join: joinAt(port), storage: memoryDocStorage() })));
    sessions.push(...students);
    for (const student of students) writeStudentProfile(student.ownDoc, { name: student.name, stepIndex: 0, design: createExampleScenario() });
    writeGoalStatus(students[1]!.ownDoc, lesson.steps[0]!.id, { passed: true, conditionsMet: 1, conditions: 1 });

    expect(await until(teacher, () => rowOf(teacher, 'Grace')?.goal?.passed)).toBe(true);
    expect(rosterOf(lesson, teacher.students).map((row) => row.name)).toEqual(['Ada', 'Grace']);
    writeClassStep(teacher.classDoc, 1);
    const reading = await until(students[0]!, () => {
      const state = readClassState(students[0]!.classDoc);
      return state.ok && state.state.stepIndex === 1 && state;
    });
    expect(reading.state.lesson.id).toBe(lesson.id);
  });

  it('loses nothing when the relay restarts mid-class', async () => {
    const port = await startRelay();
    const { code, teacherSecret } = await newClass();
    const teacher = await openTeacherClass({ code, teacherSecret, join: joinAt(port), storage: memoryDocStorage() });
    const student = await openStudentClass({ code, name: 'Ada', studentSecret: newSecret(), join: joinAt(port), storage: memoryDocStorage() });
    sessions.push(teacher, student);
    writeClassStart(teacher.classDoc, lesson);
    writeStudentProfile(student.ownDoc, { name: 'Ada', stepIndex: 0, design: null });
    await until(teacher, () => rowOf(teacher, 'Ada'));

    await relay!.close();
    await until(student, () => student.ownConnection.state().status === 'offline');
    // Work done while the relay is down stays in the student's document and reaches the teacher once it is back.
    writeGoalStatus(student.ownDoc, lesson.steps[0]!.id, { passed: true, conditionsMet: 1, conditions: 1 });
    writeClassStep(teacher.classDoc, 1);
    await startRelay(port);

    expect(await until(teacher, () => rowOf(teacher, 'Ada')?.goal?.passed)).toBe(true);
    const reading = await until(student, () => {
      const state = readClassState(student.classDoc);
      return state.ok && state.state.stepIndex === 1;
    });
    expect(reading).toBe(true);
  });
});
