import { describe, expect, it } from 'vitest';
import { newClass, newDesignRoom, newSecret, studentRoomOf } from './credentials';
import { decideRoomAccess, parseRoomName } from './roomAccess';

const token = (role: string, secret?: string) => JSON.stringify({ role, name: 'Ada', ...(secret ? { secret } : {}) });

describe('parseRoomName', () => {
  it('knows design rooms, classes and rooms of a class, and nothing else', () => {
    expect(parseRoomName(newDesignRoom())).toEqual({ kind: 'design' });
    expect(parseRoomName('ABCDE12345')).toEqual({ kind: 'class', code: 'ABCDE12345', subRoom: null });
    expect(parseRoomName('ABCDE12345/shown')).toEqual({ kind: 'class', code: 'ABCDE12345', subRoom: 'shown' });
    for (const bad of ['', 'abcde12345', 'ABCDE1234', 'ABCDE12345/', 'ABCDE12345/a/b', 'd-short', '../etc', 'ABCDE12345/-x']) {
      expect(parseRoomName(bad)).toBeNull();
    }
  });
});

describe('decideRoomAccess', () => {
  it('lets the teacher write the class and its rooms, and read students’ rooms', async () => {
    const { code, teacherSecret } = await newClass();
    const studentRoom = await studentRoomOf(code, newSecret());
    expect(await decideRoomAccess(code, token('teacher', teacherSecret))).toEqual({ ok: true, readOnly: false });
    expect(await decideRoomAccess(`${code}/shown`, token('teacher', teacherSecret))).toEqual({ ok: true, readOnly: false });
    expect(await decideRoomAccess(studentRoom, token('teacher', teacherSecret))).toEqual({ ok: true, readOnly: true });
  });

  it('lets a student read the class and write only their own room', async () => {
    const { code } = await newClass();
    const secret = newSecret();
    expect(await decideRoomAccess(code, token('student', secret))).toEqual({ ok: true, readOnly: true });
    expect(await decideRoomAccess(await studentRoomOf(code, secret), token('student', secret))).toEqual({ ok: true, readOnly: false });
    expect(await decideRoomAccess(await studentRoomOf(code, newSecret()), token('student', secret))).toMatchObject({ ok: false });
    expect(await decideRoomAccess(await studentRoomOf(code, secret), token('student'))).toMatchObject({ ok: false });
  });

  it('refuses an impostor teacher, peers in a class, classes at a design link, and malformed joins', async () => {
    const { code } = await newClass();
    const design = newDesignRoom();
    const refusals = await Promise.all([
      decideRoomAccess(code, token('teacher', newSecret())),
      decideRoomAccess(code, token('teacher')),
      decideRoomAccess(code, token('peer')),
      decideRoomAccess(design, token('student', newSecret())),
      decideRoomAccess(design, 'not json'),
      decideRoomAccess(design, JSON.stringify({ role: 'admin', name: 'x' })),
      decideRoomAccess(design, JSON.stringify({ role: 'peer', name: '' })),
      decideRoomAccess('nowhere', token('peer')),
    ]);
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, reason: expect.stringMatching(/: /) });
    expect(await decideRoomAccess(design, token('peer'))).toEqual({ ok: true, readOnly: false });
  });
});
