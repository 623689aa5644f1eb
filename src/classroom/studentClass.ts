import * as Y from 'yjs';
import { studentRoomOf, type RoomConnection } from '../collab';
import { createListeners, type JoinRoom } from './classConnections';
import { keepDocLocally, type DocStorage } from './docStorage';
import { announceStudent } from './studentPresence';

export interface StudentClass {
  code: string;
  name: string;
  /** The student's own room on the relay (only this browser, holding the student's secret, writes it). */
  room: string;
  /** The class document, read only: lesson, step, follow viewport (`readClassState`). */
  classDoc: Y.Doc;
  /** The student's own document (`writeStudentProfile`, `writeGoalStatus`, `writeSubmission`). */
  ownDoc: Y.Doc;
  classConnection: RoomConnection;
  ownConnection: RoomConnection;
  /** Calls `listener` when the class document or a connection's status changes. */
  subscribe: (listener: () => void) => () => void;
  close: () => Promise<void>;
}

export interface StudentClassOptions {
  code: string;
  name: string;
  /** The student's own secret for this class, kept in this browser so a reload rejoins the same room. */
  studentSecret: string;
  join: JoinRoom;
  storage: DocStorage;
}

/**
 * The student's side of a class: the class room (read) and their own room (written), both kept
 * locally so the work is there without the relay and re-synced once it is back. The student
 * announces their room in the class room's presence, which is how the teacher finds it.
 */
export async function openStudentClass({ code, name, studentSecret, join, storage }: StudentClassOptions): Promise<StudentClass> {
  const listeners = createListeners();
  const room = await studentRoomOf(code, studentSecret);
  const classDoc = new Y.Doc();
  const ownDoc = new Y.Doc();
  const stops = [await keepDocLocally(classDoc, storage, `class:${code}`), await keepDocLocally(ownDoc, storage, `class:${room}`)];
  const classConnection = join({ room: code, role: 'student', name, secret: studentSecret, doc: classDoc });
  const ownConnection = join({ room, role: 'student', name, secret: studentSecret, doc: ownDoc });
  announceStudent(classConnection.awareness, { name, room });
  classDoc.on('update', listeners.notify);
  const unsubscribes = [classConnection.subscribe(listeners.notify), ownConnection.subscribe(listeners.notify)];
  return {
    code,
    name,
    room,
    classDoc,
    ownDoc,
    classConnection,
    ownConnection,
    subscribe: listeners.add,
    close: async () => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      classConnection.destroy();
      ownConnection.destroy();
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}
