import { create } from 'zustand';
import { classCodeOf, newClass, newSecret } from '../../collab';
import { joinRoom } from '../../collab/joinRoom';
import { openStudentClass, openTeacherClass, writeClassStart, type StudentClass, type TeacherClass } from '../../classroom';
import type { Lesson } from '../../model';
import { classDocStorage, readClassSeat, writeClassSeat } from './classroomStorage';
import { useClassEntry } from './useClassEntry';

export type ClassSession = { role: 'teacher'; teacherSecret: string; session: TeacherClass } | { role: 'student'; session: StudentClass };

interface ClassroomState {
  current: ClassSession | null;
  /** Bumped on every change a session reports, so views re-read its documents. */
  revision: number;
  /** The student stopped following the teacher's viewport. */
  followOptOut: boolean;
  startClass: (lesson: Lesson) => Promise<void>;
  /** Opens the class of a teacher's link (`#teach=`), or the one this browser taught last. */
  teach: (teacherSecret: string) => Promise<void>;
  join: (code: string, name: string, studentSecret?: string) => Promise<void>;
  setFollowOptOut: (optOut: boolean) => void;
  leave: () => Promise<void>;
}

/** The class this browser is in, as teacher or student. */
export const useClassroom = create<ClassroomState>()((set, get) => {
  const enter = async (next: ClassSession) => {
    await get().current?.session.close();
    next.session.subscribe(() => set((state) => ({ revision: state.revision + 1 })));
    set({ current: next, followOptOut: false });
    useClassEntry.getState().closeDialog();
    useClassEntry.getState().setInClass(true);
  };
  return {
    current: null,
    revision: 0,
    followOptOut: false,
    startClass: async (lesson) => {
      const { code, teacherSecret } = await newClass();
      const session = await openTeacherClass({ code, teacherSecret, join: joinRoom, storage: classDocStorage });
      writeClassStart(session.classDoc, lesson);
      writeClassSeat({ role: 'teacher', teacherSecret });
      await enter({ role: 'teacher', teacherSecret, session });
    },
    teach: async (teacherSecret) => {
      const code = await classCodeOf(teacherSecret);
      if (get().current?.session.code === code) return;
      const session = await openTeacherClass({ code, teacherSecret, join: joinRoom, storage: classDocStorage });
      writeClassSeat({ role: 'teacher', teacherSecret });
      await enter({ role: 'teacher', teacherSecret, session });
    },
    join: async (code, name, studentSecret) => {
      const seat = readClassSeat();
      const secret = studentSecret ?? (seat?.role === 'student' && seat.code === code ? seat.studentSecret : newSecret());
      const session = await openStudentClass({ code, name, studentSecret: secret, join: joinRoom, storage: classDocStorage });
      writeClassSeat({ role: 'student', code, name, studentSecret: secret });
      await enter({ role: 'student', session });
    },
    setFollowOptOut: (followOptOut) => set({ followOptOut }),
    leave: async () => {
      await get().current?.session.close();
      writeClassSeat(null);
      set({ current: null });
      useClassEntry.getState().setInClass(false);
    },
  };
});

/** Rejoins the class this browser was in before a reload, as the same teacher or student. */
export async function resumeClassSeat(): Promise<void> {
  const seat = readClassSeat();
  if (seat?.role === 'teacher') await useClassroom.getState().teach(seat.teacherSecret);
  else if (seat?.role === 'student') await useClassroom.getState().join(seat.code, seat.name, seat.studentSecret);
}
