import type { Awareness } from 'y-protocols/awareness';
import { parseRoomName } from '../collab';
import { studentNameSchema } from './studentState';

/**
 * How the teacher finds the students' rooms: each student announces `{ name, room }` in the class
 * room's presence (students may not write the class document, but presence is open to all, and the
 * relay forgets it when they leave). The teacher joins every announced room to read it.
 */
const field = 'classStudent';

export function announceStudent(awareness: Awareness, student: { name: string; room: string }): void {
  awareness.setLocalStateField(field, { name: student.name, room: student.room });
}

/** The student rooms announced in class `code`'s presence, by room, with the name each gave; anything else is ignored. */
export function announcedStudentRooms(states: ReadonlyMap<number, Record<string, unknown>>, code: string): Map<string, string> {
  const rooms = new Map<string, string>();
  for (const state of states.values()) {
    const announced = state[field];
    if (typeof announced !== 'object' || announced === null) continue;
    const { name, room } = announced as Record<string, unknown>;
    const parsedName = studentNameSchema.safeParse(name);
    if (typeof room !== 'string' || !parsedName.success) continue;
    const parsedRoom = parseRoomName(room);
    if (parsedRoom?.kind === 'class' && parsedRoom.code === code && parsedRoom.subRoom?.startsWith('student-')) rooms.set(room, parsedName.data);
  }
  return rooms;
}
