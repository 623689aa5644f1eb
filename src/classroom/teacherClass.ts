import * as Y from 'yjs';
import type { RoomConnection } from '../collab';
import { createListeners, type JoinRoom } from './classConnections';
import { keepDocLocally, type DocStorage } from './docStorage';
import { announcedStudentRooms } from './studentPresence';

export interface TeacherClass {
  code: string;
  /** The class document: the teacher writes it (`writeClassStart`, `writeClassStep`, `writeClassFollow`). */
  classDoc: Y.Doc;
  connection: RoomConnection;
  /** Each student's document by room, as the relay last delivered it (kept when they go offline). */
  students: ReadonlyMap<string, Y.Doc>;
  /** Calls `listener` when the class or any student's document changes, or a connection's status. */
  subscribe: (listener: () => void) => () => void;
  /** Leaves every room; what was saved locally stays, to reopen the class from the teacher's link. */
  close: () => Promise<void>;
}

export interface TeacherClassOptions {
  code: string;
  teacherSecret: string;
  join: JoinRoom;
  storage: DocStorage;
}

/**
 * The teacher's side of a class: the class room (written), and every student's room the students
 * announce (read). The class document and the students' are kept locally too, as is the list of
 * rooms seen, so a reload or a relay restart shows the whole class again at once.
 */
export async function openTeacherClass({ code, teacherSecret, join, storage }: TeacherClassOptions): Promise<TeacherClass> {
  const listeners = createListeners();
  const classDoc = new Y.Doc();
  // Rooms seen in this class, in a document that never leaves this browser: students must not see each other's names.
  const knownRooms = new Y.Doc();
  const stops = [await keepDocLocally(classDoc, storage, `class:${code}`), await keepDocLocally(knownRooms, storage, `class:${code}:rooms`)];
  const connection = join({ room: code, role: 'teacher', name: 'Teacher', secret: teacherSecret, doc: classDoc });
  const students = new Map<string, Y.Doc>();
  const studentConnections: RoomConnection[] = [];
  const unsubscribes: (() => void)[] = [connection.subscribe(listeners.notify)];
  classDoc.on('update', listeners.notify);

  const openStudent = async (room: string) => {
    if (students.has(room)) return;
    const doc = new Y.Doc();
    students.set(room, doc);
    stops.push(await keepDocLocally(doc, storage, `class:${room}`));
    doc.on('update', listeners.notify);
    const student = join({ room, role: 'teacher', name: 'Teacher', secret: teacherSecret, doc });
    studentConnections.push(student);
    unsubscribes.push(student.subscribe(listeners.notify));
    listeners.notify();
  };
  const roomsMap = knownRooms.getMap<string>('rooms');
  await Promise.all([...roomsMap.keys()].map(openStudent));
  const onPresence = () => {
    for (const [room, name] of announcedStudentRooms(connection.awareness.getStates(), code)) {
      if (roomsMap.get(room) !== name) roomsMap.set(room, name);
      void openStudent(room);
    }
  };
  connection.awareness.on('change', onPresence);
  onPresence();

  return {
    code,
    classDoc,
    connection,
    students,
    subscribe: listeners.add,
    close: async () => {
      connection.awareness.off('change', onPresence);
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      [connection, ...studentConnections].forEach((room) => room.destroy());
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}
