import { describe, expect, it } from 'vitest';
import { announcedStudentRooms } from './studentPresence';

const code = '0123456789';
const room = `${code}/student-ABCDEFGHJKMNPQRSTVWXYZ0123`;

describe("the students' rooms announced in the class's presence", () => {
  it('are read with the names students gave', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, { classStudent: { name: ' Ada ', room } }],
    ]);
    expect(announcedStudentRooms(states, code)).toEqual(new Map([[room, 'Ada']]));
  });

  it("ignore another class's rooms, the class room itself, and malformed announcements", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { classStudent: { name: 'Eve', room: `ZZZZZZZZZZ/student-ABCDEFGHJKMNPQRSTVWXYZ0123` } }],
      [2, { classStudent: { name: 'Eve', room: code } }],
      [3, { classStudent: { name: '', room } }],
      [4, { classStudent: 'Eve' }],
      [5, { classStudent: { name: 'x'.repeat(500), room } }],
    ]);
    expect(announcedStudentRooms(states, code).size).toBe(0);
  });
});
